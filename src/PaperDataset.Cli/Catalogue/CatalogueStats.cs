using System;
using System.Collections.Generic;
using System.Linq;
using PaperDataset.Cli.Query;

namespace PaperDataset.Cli.Catalogue;

/// <summary>Papers seen in one scrape file.</summary>
/// <param name="FileName">The file's name.</param>
/// <param name="CapturedOn">Its capture date, when configured.</param>
/// <param name="Papers">Distinct papers seen in it.</param>
/// <param name="Entries">Entries (title lines) in it that made it into the catalogue.</param>
internal sealed record SourceFileStats(string FileName, DateOnly? CapturedOn, int Papers, int Entries);

/// <summary>The numbers <c>papers stats</c> shows, computed from a set of papers.</summary>
internal sealed record CatalogueStats
{
    public const int MostDiscussedCount = 10;

    public required int Papers { get; init; }

    public required int SourceFiles { get; init; }

    public required DateOnly? Earliest { get; init; }

    public required DateOnly? Latest { get; init; }

    public required int WithDate { get; init; }

    /// <summary>Papers with a meta block in at least one capture (so a known comment count).</summary>
    public required int WithMeta { get; init; }

    public required int Organizations { get; init; }

    public required int WithOrganization { get; init; }

    public required int SeenMoreThanOnce { get; init; }

    public required int TotalComments { get; init; }

    /// <summary>Papers per publication year, oldest year first.</summary>
    public required IReadOnlyList<KeyValuePair<int, int>> PerYear { get; init; }

    /// <summary>The most-commented papers (at least one comment), most first.</summary>
    public required IReadOnlyList<Paper> MostDiscussed { get; init; }

    /// <summary>The most-upvoted papers, most first; empty when no source shows upvotes (browser text copies do not).</summary>
    public required IReadOnlyList<Paper> MostUpvoted { get; init; }

    public required IReadOnlyList<SourceFileStats> Files { get; init; }

    public int WithoutDate => Papers - WithDate;

    public int WithoutMeta => Papers - WithMeta;

    public static CatalogueStats Compute(IReadOnlyCollection<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var dates = papers.Where(p => p.PublishedOn is not null).Select(p => p.PublishedOn!.Value).ToList();
        var sources = papers.SelectMany(p => p.Sources.Select(s => (Paper: p, Source: s))).ToList();
        return new CatalogueStats
        {
            Papers = papers.Count,
            SourceFiles = sources.Select(x => x.Source.FileName).Distinct(StringComparer.Ordinal).Count(),
            Earliest = dates.Count == 0 ? null : dates.Min(),
            Latest = dates.Count == 0 ? null : dates.Max(),
            WithDate = dates.Count,
            WithMeta = papers.Count(p => p.CommentCount is not null),
            Organizations = papers
                .Where(p => p.Organization is not null)
                .Select(p => p.Organization!.Handle)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Count(),
            WithOrganization = papers.Count(p => p.Organization is not null),
            SeenMoreThanOnce = papers.Count(p => p.Sources.Length > 1),
            TotalComments = papers.Sum(p => p.CommentCount ?? 0),
            PerYear = dates
                .GroupBy(d => d.Year)
                .OrderBy(g => g.Key)
                .Select(g => new KeyValuePair<int, int>(g.Key, g.Count()))
                .ToList(),
            MostDiscussed = PaperOrder.Sort(papers.Where(p => p.CommentCount > 0).Select(p => new SearchHit(p, 0)), PaperSort.Comments)
                .Take(MostDiscussedCount)
                .Select(h => h.Paper)
                .ToList(),
            MostUpvoted = PaperOrder.Sort(papers.Where(p => p.Upvotes is not null).Select(p => new SearchHit(p, 0)), PaperSort.Upvotes)
                .Take(MostDiscussedCount)
                .Select(h => h.Paper)
                .ToList(),
            Files = sources
                .GroupBy(x => x.Source.FileName, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new SourceFileStats(
                    g.Key,
                    g.Select(x => x.Source.CapturedOn).FirstOrDefault(d => d is not null),
                    g.Select(x => x.Paper.Id).Distinct().Count(),
                    g.Count()))
                .ToList(),
        };
    }
}
