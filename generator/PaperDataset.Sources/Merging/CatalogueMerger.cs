using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Model;

namespace PaperDataset.Sources.Merging;

/// <summary>
/// Merges the read files into one catalogue: one paper per arXiv id, or per title (compared with
/// <see cref="PaperTitleComparer"/>) for entries without one; every source kept, the newest capture winning field by field
/// where sources disagree. Pure and order-independent.
/// </summary>
internal static class CatalogueMerger
{
    public static MergedCatalogue Merge(ImmutableArray<ReadResult> inputs, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var files = CanonicalOrder(inputs);
        var papers = new List<(MergedPaper Paper, Sighting First)>();
        foreach (var sightings in PaperIdentity.Group(files))
        {
            cancellationToken.ThrowIfCancellationRequested();
            papers.Add(MergeOne(sightings, diagnostics));
        }

        var named = PaperIds.Assign(papers, diagnostics);
        return new MergedCatalogue(
            files.Select(file => new MergedFile(file.Read.Path, file.Read.FileName, file.Read.CapturedOn, file.InputIndex)).ToEquatableArray(),
            named.OrderBy(paper => paper.Id, StringComparer.Ordinal).ToEquatableArray(),
            diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// A canonical file order, so that the output never depends on the order or the directories the build passed the files in.
    /// Same-named files are told apart by what they hold (hashed only for them: it reads every character); the path is only
    /// the last resort, for identical copies.
    /// </summary>
    private static List<InputFile> CanonicalOrder(ImmutableArray<ReadResult> inputs)
    {
        var tied = new HashSet<(string, int)>(inputs.GroupBy(NameAndDate).Where(group => group.Count() > 1).Select(group => group.Key));
        return inputs
            .Select((read, index) => new InputFile(read, index))
            .OrderBy(file => file.Read.FileName, StringComparer.Ordinal)
            .ThenBy(file => file.Read.CapturedOn?.ToYearMonthDay() ?? 0)
            .ThenBy(file => tied.Contains(NameAndDate(file.Read)) ? ContentKey(file.Read) : string.Empty, StringComparer.Ordinal)
            .ThenBy(file => file.Read.Path, StringComparer.Ordinal)
            .ToList();
    }

    private static (string FileName, int CapturedOn) NameAndDate(ReadResult read) => (read.FileName, read.CapturedOn?.ToYearMonthDay() ?? 0);

    private static string ContentKey(ReadResult read)
    {
        var hash = 14695981039346656037ul;
        foreach (var entry in read.Entries)
        {
            // Everything the catalogue takes from an entry, and nothing that depends on line endings (offsets).
            var facts = entry.Shown == EntryFacts.None
                ? "-"
                : $"{Show(entry.PublishedOn)}|{Show(entry.AuthorCount)}|{Show(entry.Organization)}|{Show(entry.CommentCount)}|{entry.ArxivId}";
            foreach (var c in entry.Title + "\n" + entry.Abstract + "\n" + entry.Position.Line.ToString(CultureInfo.InvariantCulture) + "\n" + facts)
            {
                hash = unchecked((hash ^ c) * 1099511628211ul);
            }
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    private static (MergedPaper Paper, Sighting First) MergeOne(List<Sighting> sightings, List<DiagnosticInfo> diagnostics)
    {
        // Newest capture first; files without a capture date count as oldest. Ties keep the canonical file and line order.
        // Most papers are seen once: loops, not LINQ, since this runs once a paper.
        var ordered = sightings.Count == 1
            ? sightings
            : sightings
                .OrderByDescending(sighting => sighting.File.Read.CapturedOn?.ToYearMonthDay() ?? 0)
                .ThenBy(sighting => sighting.FileIndex)
                .ThenBy(sighting => sighting.Entry.Position.Line)
                .ToList();
        var newest = ordered[0];

        // Per compared fact (in ComparedFacts' order), the newest sighting that shows it.
        var winners = new Sighting?[ComparedFacts.Length];
        var shown = EntryFacts.None;
        foreach (var sighting in ordered)
        {
            shown |= sighting.Entry.Shown;
            for (var fact = 0; fact < ComparedFacts.Length; fact++)
            {
                if (winners[fact] is null && sighting.Entry.Shown.HasFlag(ComparedFacts[fact]))
                {
                    winners[fact] = sighting;
                }
            }
        }

        for (var other = 1; other < ordered.Count; other++)
        {
            CompareAbstracts(newest, ordered[other], diagnostics);
        }

        for (var other = 1; other < ordered.Count; other++)
        {
            for (var fact = 0; fact < ComparedFacts.Length; fact++)
            {
                var winner = winners[fact]!;
                if (ordered[other].Entry.Shown.HasFlag(ComparedFacts[fact]) && !ReferenceEquals(winner, ordered[other]))
                {
                    Compare(Name(ComparedFacts[fact]), Show(winner.Entry, ComparedFacts[fact]), Show(ordered[other].Entry, ComparedFacts[fact]), winner, ordered[other], diagnostics);
                }
            }
        }

        var published = Winner(winners, EntryFacts.PublishedOn);
        var facts = newest.Entry with
        {
            Shown = shown,
            PublishedOn = published?.PublishedOn,
            PublishedPrecision = published?.PublishedPrecision ?? DatePrecision.Day,
            AuthorCount = Winner(winners, EntryFacts.AuthorCount)?.AuthorCount,
            Organization = Winner(winners, EntryFacts.Organization)?.Organization,
            CommentCount = Winner(winners, EntryFacts.CommentCount)?.CommentCount,
            ArxivId = Newest(ordered, entry => entry.ArxivId),
            Authors = NewestList(ordered, entry => entry.Authors),
            Upvotes = Newest(ordered, entry => entry.Upvotes),
            SubmittedOn = Newest(ordered, entry => entry.SubmittedOn),
            GitHubRepository = Newest(ordered, entry => entry.GitHubRepository),
            GitHubStars = Newest(ordered, entry => entry.GitHubStars),
            ProjectPage = Newest(ordered, entry => entry.ProjectPage),
            Keywords = NewestList(ordered, entry => entry.Keywords),
            AiSummary = Newest(ordered, entry => entry.AiSummary),
        };
        var seen = new PaperSighting[ordered.Count];
        for (var i = 0; i < seen.Length; i++)
        {
            seen[i] = new PaperSighting(ordered[i].FileIndex, ordered[i].EntryIndex, ordered[i].Entry.Position.LineNumber);
        }

        var paper = new MergedPaper(string.Empty, IdIsTitleSlug: false, facts, seen.ToEquatableArray());
        return (paper, sightings[0]);
    }

    // The facts whose disagreement between captures is reported, in the order they are reported; MergeOne's winners are
    // indexed by this order.
    private static readonly EntryFacts[] ComparedFacts = [EntryFacts.PublishedOn, EntryFacts.AuthorCount, EntryFacts.Organization, EntryFacts.CommentCount];

    private static SourceEntry? Winner(Sighting?[] winners, EntryFacts fact) => winners[Array.IndexOf(ComparedFacts, fact)]?.Entry;

    private static T? Newest<T>(List<Sighting> ordered, Func<SourceEntry, T?> value)
        where T : class
    {
        foreach (var sighting in ordered)
        {
            if (value(sighting.Entry) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static T? Newest<T>(List<Sighting> ordered, Func<SourceEntry, T?> value)
        where T : struct
    {
        foreach (var sighting in ordered)
        {
            if (value(sighting.Entry) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static EquatableArray<T> NewestList<T>(List<Sighting> ordered, Func<SourceEntry, EquatableArray<T>> value)
        where T : IEquatable<T>
    {
        foreach (var sighting in ordered)
        {
            if (value(sighting.Entry) is { Count: > 0 } found)
            {
                return found;
            }
        }

        return EquatableArray<T>.Empty;
    }

    private static string Name(EntryFacts fact) => fact switch
    {
        EntryFacts.PublishedOn => "date",
        EntryFacts.AuthorCount => "author count",
        EntryFacts.Organization => "organisation",
        _ => "comment count",
    };

    private static string Show(SourceEntry entry, EntryFacts fact) => fact switch
    {
        EntryFacts.PublishedOn => Show(entry.PublishedOn),
        EntryFacts.AuthorCount => Show(entry.AuthorCount),
        EntryFacts.Organization => Show(entry.Organization),
        _ => Show(entry.CommentCount),
    };

    private static void Compare(string what, string kept, string other, Sighting keptAt, Sighting otherAt, List<DiagnosticInfo> diagnostics)
    {
        if (!string.Equals(kept, other, StringComparison.Ordinal))
        {
            // Reported at the losing sighting: that is the line whose value did not make it into the catalogue.
            diagnostics.Add(DiagnosticInfo.Create(
                KnownDiagnostics.ConflictingDuplicate,
                otherAt.File.Read.Path,
                otherAt.Entry.Position,
                Shorten(otherAt.Entry.Title),
                what,
                Shorten(other),
                Shorten(kept),
                $"{keptAt.File.Read.FileName} line {keptAt.Entry.Position.LineNumber.ToString(CultureInfo.InvariantCulture)}"));
        }
    }

    /// <summary>
    /// Abstracts of one paper usually share a long beginning, so each is shown from a little before the first character
    /// where they differ: the reader sees the difference, not the same prefix twice.
    /// </summary>
    private static void CompareAbstracts(Sighting kept, Sighting other, List<DiagnosticInfo> diagnostics)
    {
        var keptText = kept.Entry.Abstract;
        var otherText = other.Entry.Abstract;
        var differ = 0;
        while (differ < keptText.Length && differ < otherText.Length && keptText[differ] == otherText[differ])
        {
            differ++;
        }

        var from = Math.Max(0, differ - DifferenceContext);
        var what = from == 0 ? "abstract" : $"abstract, from character {(differ + 1).ToString(CultureInfo.InvariantCulture)},";
        Compare(what, Excerpt(keptText, from), Excerpt(otherText, from), kept, other, diagnostics);
    }

    // Characters shown before the first difference; the message cuts each excerpt to 80 characters.
    private const int DifferenceContext = 20;

    private static string Excerpt(string text, int from) => from == 0 ? text : "…" + text.Substring(Math.Min(from, text.Length));

    private static string Show(CalendarDate? date) => date?.ToString() ?? "none";

    private static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static string Show(OrganizationSpec? organization) => organization is null ? "none" : organization.Handle + " " + organization.Name;

    internal static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 80) + "…";
}

/// <summary>A read file with its index among the merger's inputs.</summary>
internal sealed record InputFile(ReadResult Read, int InputIndex);

/// <summary>One entry of one file, with the file's place in the canonical order.</summary>
internal sealed record Sighting(int FileIndex, InputFile File, int EntryIndex)
{
    public SourceEntry Entry => File.Read.Entries[EntryIndex];
}
