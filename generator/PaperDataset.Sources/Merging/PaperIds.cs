using System;
using System.Collections.Generic;
using System.Linq;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Model;

namespace PaperDataset.Sources.Merging;

/// <summary>
/// Gives each paper its id: the slug of its title (<see cref="PaperId.FromTitle"/>, shared with the runtime). Clashing
/// slugs all get a suffix, so no paper's id depends on another's: the arXiv id when the paper has one (equal titles of
/// different papers), else the title's hash.
/// </summary>
internal static class PaperIds
{
    public static List<MergedPaper> Assign(List<(MergedPaper Paper, Sighting First)> papers, List<DiagnosticInfo> diagnostics)
    {
        var slugs = new string[papers.Count];
        var slugCounts = new Dictionary<string, int>(papers.Count, StringComparer.Ordinal);
        for (var i = 0; i < slugs.Length; i++)
        {
            slugs[i] = PaperId.FromTitle(papers[i].Paper.Facts.Title).Value;
            slugCounts[slugs[i]] = slugCounts.TryGetValue(slugs[i], out var count) ? count + 1 : 1;
        }

        var named = new List<MergedPaper>(papers.Count);
        var firstBySlug = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < papers.Count; i++)
        {
            var (paper, first) = papers[i];
            if (slugCounts[slugs[i]] == 1)
            {
                named.Add(paper with { Id = slugs[i], IdIsTitleSlug = true });
                continue;
            }

            named.Add(paper with { Id = slugs[i] + "-" + Suffix(paper.Facts) });
            if (firstBySlug.TryGetValue(slugs[i], out var other))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    KnownDiagnostics.IdCollision,
                    first.File.Read.Path,
                    first.Entry.Position,
                    CatalogueMerger.Shorten(paper.Facts.Title),
                    CatalogueMerger.Shorten(papers[other].Paper.Facts.Title),
                    slugs[i]));
            }
            else
            {
                firstBySlug.Add(slugs[i], i);
            }
        }

        return named;
    }

    private static string Suffix(SourceEntry facts) =>
        facts.ArxivId is { } arxivId ? PaperId.FromTitle(arxivId).Value : PaperId.TitleHash(facts.Title);
}
