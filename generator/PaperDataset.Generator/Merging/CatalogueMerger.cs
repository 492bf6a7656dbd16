using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using PaperDataset.Generator.Model;

namespace PaperDataset.Generator.Merging;

/// <summary>
/// Merges the parsed files into one catalogue: one paper per title (compared with <see cref="PaperTitleComparer"/>),
/// every source kept, the newest capture winning where sources disagree. Pure and order-independent.
/// </summary>
internal static class CatalogueMerger
{
    public static MergeResult Merge(ImmutableArray<ParsedScrape> scrapes, CatalogueOptions options, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>();

        // A canonical file order, so that the output never depends on the order or the directories the build passed the files in.
        // Same-named files are told apart by what they hold (hashed only for them: it reads every character); the path is
        // only the last resort, for identical copies.
        var tied = new HashSet<(string, int)>(scrapes.GroupBy(NameAndDate).Where(group => group.Count() > 1).Select(group => group.Key));
        var files = scrapes
            .OrderBy(scrape => scrape.FileName, StringComparer.Ordinal)
            .ThenBy(scrape => scrape.CapturedOn?.ToYearMonthDay() ?? 0)
            .ThenBy(scrape => tied.Contains(NameAndDate(scrape)) ? ContentKey(scrape) : string.Empty, StringComparer.Ordinal)
            .ThenBy(scrape => scrape.Path, StringComparer.Ordinal)
            .ToList();

        var groups = new Dictionary<string, List<Sighting>>(PaperTitleComparer.Instance);
        for (var fileIndex = 0; fileIndex < files.Count; fileIndex++)
        {
            foreach (var entry in files[fileIndex].Entries)
            {
                if (!groups.TryGetValue(entry.Title, out var sightings))
                {
                    groups.Add(entry.Title, sightings = []);
                }

                sightings.Add(new Sighting(fileIndex, files[fileIndex], entry));
            }
        }

        var papers = new List<PaperSpec>(groups.Count);
        foreach (var sightings in groups.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            papers.Add(MergeOne(sightings, diagnostics));
        }

        var named = AssignNames(papers, groups.Values.Select(sightings => sightings[0]).ToList(), diagnostics);
        var catalogue = new CatalogueSpec(
            options,
            files.Select(file => new FileSpec(file.FileName, file.CapturedOn, file.Resource)).ToEquatableArray(),
            named.OrderBy(paper => paper.Id, StringComparer.Ordinal).ToEquatableArray());
        return new MergeResult(catalogue, diagnostics.ToEquatableArray());
    }

    private static (string FileName, int CapturedOn) NameAndDate(ParsedScrape scrape) => (scrape.FileName, scrape.CapturedOn?.ToYearMonthDay() ?? 0);

    private static string ContentKey(ParsedScrape scrape)
    {
        var hash = 14695981039346656037ul;
        foreach (var entry in scrape.Entries)
        {
            // Everything the catalogue takes from an entry, and nothing that depends on line endings (offsets).
            var meta = entry.Meta is { } m ? $"{Show(m.PublishedOn)}|{Show(m.AuthorCount)}|{Show(m.Organization)}|{Show(m.CommentCount)}" : "-";
            foreach (var c in entry.Title + "\n" + entry.Abstract + "\n" + entry.TitlePosition.Line.ToString(CultureInfo.InvariantCulture) + "\n" + meta)
            {
                hash = unchecked((hash ^ c) * 1099511628211ul);
            }
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    private static PaperSpec MergeOne(List<Sighting> sightings, List<DiagnosticInfo> diagnostics)
    {
        // Newest capture first; files without a capture date count as oldest. Ties keep the canonical file and line order.
        var ordered = sightings
            .OrderByDescending(sighting => sighting.File.CapturedOn?.ToYearMonthDay() ?? 0)
            .ThenBy(sighting => sighting.FileIndex)
            .ThenBy(sighting => sighting.Entry.TitlePosition.Line)
            .ToList();
        var newest = ordered[0].Entry;
        var withMeta = ordered.Where(sighting => sighting.Entry.Meta is not null).ToList();
        var meta = withMeta.FirstOrDefault()?.Entry.Meta;

        foreach (var other in ordered.Skip(1))
        {
            Compare("abstract", newest.Abstract, other.Entry.Abstract, ordered[0], other, diagnostics);
        }

        foreach (var other in withMeta.Skip(1))
        {
            var theirs = other.Entry.Meta!;
            Compare("date", Show(meta!.PublishedOn), Show(theirs.PublishedOn), withMeta[0], other, diagnostics);
            Compare("author count", Show(meta.AuthorCount), Show(theirs.AuthorCount), withMeta[0], other, diagnostics);
            Compare("organisation", Show(meta.Organization), Show(theirs.Organization), withMeta[0], other, diagnostics);
            Compare("comment count", Show(meta.CommentCount), Show(theirs.CommentCount), withMeta[0], other, diagnostics);
        }

        return new PaperSpec(
            Id: string.Empty,
            HandleName: string.Empty,
            newest.Title,
            newest.Abstract,
            meta?.PublishedOn,
            meta?.AuthorCount,
            meta?.Organization,
            meta?.CommentCount,
            ordered.Select(sighting => new SourceSpec(sighting.FileIndex, sighting.Entry.TitlePosition.LineNumber)).ToEquatableArray())
        {
            TitleText = Embedded(ordered[0].FileIndex, newest.TitleBytes),
            AbstractText = Embedded(ordered[0].FileIndex, newest.AbstractBytes),
        };
    }

    private static EmbeddedText? Embedded(int fileIndex, ByteRange? bytes) => bytes is { } range ? new EmbeddedText(fileIndex, range) : null;

    private static void Compare(string what, string kept, string other, Sighting keptAt, Sighting otherAt, List<DiagnosticInfo> diagnostics)
    {
        if (!string.Equals(kept, other, StringComparison.Ordinal))
        {
            // Reported at the losing sighting: that is the line whose value did not make it into the catalogue.
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.ConflictingDuplicate.Id,
                otherAt.File.Path,
                otherAt.Entry.TitlePosition,
                Shorten(otherAt.Entry.Title),
                what,
                Shorten(other),
                Shorten(kept),
                $"{keptAt.File.FileName} line {keptAt.Entry.TitlePosition.LineNumber.ToString(CultureInfo.InvariantCulture)}"));
        }
    }

    /// <summary>Gives each paper a unique id and handle; clashing slugs all get a title-hash suffix so no paper's id depends on another's.</summary>
    private static List<PaperSpec> AssignNames(List<PaperSpec> papers, List<Sighting> firstSightings, List<DiagnosticInfo> diagnostics)
    {
        var slugs = papers.Select(paper => PaperId.FromTitle(paper.Title).Value).ToList();
        var clashing = new HashSet<string>(
            slugs.GroupBy(slug => slug, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key),
            StringComparer.Ordinal);

        var ids = new List<string>(papers.Count);
        var firstBySlug = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < papers.Count; i++)
        {
            if (!clashing.Contains(slugs[i]))
            {
                ids.Add(slugs[i]);
                continue;
            }

            ids.Add(slugs[i] + "-" + PaperId.TitleHash(papers[i].Title));
            if (firstBySlug.TryGetValue(slugs[i], out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.IdCollision.Id,
                    firstSightings[i].File.Path,
                    firstSightings[i].Entry.TitlePosition,
                    Shorten(papers[i].Title),
                    Shorten(papers[first].Title),
                    slugs[i]));
            }
            else
            {
                firstBySlug.Add(slugs[i], i);
            }
        }

        var handles = UniqueHandles(ids);
        return papers.Select((paper, i) => paper with { Id = ids[i], HandleName = handles[i], IdIsTitleSlug = ids[i] == slugs[i] }).ToList();
    }

    /// <summary>Handles are shortened ids, so two can still meet; the later in id order takes a numeric suffix.</summary>
    private static List<string> UniqueHandles(List<string> ids)
    {
        var handles = new string[ids.Count];
        var taken = new HashSet<string>(ReservedMemberNames, StringComparer.Ordinal);
        foreach (var i in Enumerable.Range(0, ids.Count).OrderBy(i => ids[i], StringComparer.Ordinal))
        {
            var baseName = PaperNames.Handle(ids[i]);
            var name = baseName;
            for (var suffix = 2; !taken.Add(name); suffix++)
            {
                name = baseName + "_" + suffix.ToString(CultureInfo.InvariantCulture);
            }

            handles[i] = name;
        }

        return handles.ToList();
    }

    // Names a handle may not take: members every class inherits, and the nested class's own name.
    private static readonly string[] ReservedMemberNames = ["Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize", "Known"];

    private static string Show(CalendarDate? date) => date?.ToString() ?? "none";

    private static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static string Show(OrganizationSpec? organization) => organization is null ? "none" : organization.Handle + " " + organization.Name;

    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 80) + "…";

    private sealed record Sighting(int FileIndex, ParsedScrape File, ScrapeEntry Entry);
}
