using System.Collections.Generic;
using System.Linq;
using PaperDataset.Sources.Model;

namespace PaperDataset.Storage;

/// <summary>
/// A source file as a build item declares it: the three things its reading depends on besides its text. The captured-on
/// date is null when the item has none (a blank value is none, as reading takes it).
/// </summary>
internal sealed record SummarySource(string Path, string? CapturedOn, SourceFormat Format)
{
    public static SummarySource Of(string path, string? capturedOn, SourceFormat format) =>
        new(path, string.IsNullOrWhiteSpace(capturedOn) ? null : capturedOn, format);

    /// <summary>Sources in one order whatever order the build lists them in: reading and merging do not depend on it.</summary>
    public static EquatableArray<SummarySource> InPathOrder(IEnumerable<SummarySource> sources) =>
        sources.OrderBy(source => source.Path, System.StringComparer.Ordinal).ToEquatableArray();

    /// <summary>
    /// The path as the build's and the compiler's spellings of one file share it: separators as '/', repeated ones
    /// collapsed, "." and ".." segments resolved. MSBuild's FullPath resolves a relative item's ".." segments
    /// (<c>/repo/data/a.json</c>); the compiler keeps them (<c>/repo/src/lib/../../data/a.json</c>). Pure: no file system.
    /// </summary>
    public static string PathKey(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');

        // An absolute path keeps its root: "" before a leading '/', or a drive ("C:").
        var rooted = path.Length > 0 && (parts[0].Length == 0 || parts[0].EndsWith(":", System.StringComparison.Ordinal));
        var segments = new List<string>();
        for (var i = rooted ? 1 : 0; i < parts.Length; i++)
        {
            switch (parts[i])
            {
                case "" or ".":
                    break;
                case ".." when segments.Count > 0 && segments[segments.Count - 1] != "..":
                    segments.RemoveAt(segments.Count - 1);
                    break;
                case ".." when rooted:
                    break;
                default:
                    segments.Add(parts[i]);
                    break;
            }
        }

        return (rooted ? parts[0] + "/" : string.Empty) + string.Join("/", segments);
    }
}

/// <summary>
/// One merged paper as the catalogue's code needs it: its keys, and what its handle's documentation quotes
/// (<see cref="KnownHandles.AbstractExcerpt"/>, empty when the catalogue has no handles).
/// </summary>
internal sealed record SummaryPaper(string Id, string Title, string AbstractExcerpt, CalendarDate? PublishedOn, string? ArxivId)
{
    public static SummaryPaper Of(MergedPaper paper, bool withExcerpt) =>
        new(paper.Id, paper.Facts.Title, withExcerpt ? KnownHandles.AbstractExcerpt(paper.Facts.Abstract) : string.Empty, paper.Facts.PublishedOn, paper.Facts.ArxivId);
}

/// <summary>
/// What the generator needs of a catalogue, written by the build task, which reads and merges the sources anyway to lay out
/// the storage: the sources it read (the generator uses the summary only when they are its own), the storage's
/// fingerprint, the papers in merged order, and every diagnostic that reading and merging gave (those of the reading
/// first, file by file, then the merger's). With it, a build reads its sources once instead of twice.
/// </summary>
internal sealed record CatalogueSummary(
    ulong Fingerprint,
    EquatableArray<SummarySource> Sources,
    bool HasExcerpts,
    EquatableArray<SummaryPaper> Papers,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The summary of what was read and merged, as the build task writes it.</summary>
    /// <param name="sources">The sources read, as their items declare them.</param>
    /// <param name="reads">What reading each source gave.</param>
    /// <param name="merged">The merged catalogue.</param>
    /// <param name="fingerprint">The storage's fingerprint (<see cref="StorageFingerprint"/>).</param>
    /// <param name="emitHandles">The build's <c>PaperDatasetEmitHandles</c> (null for auto): whether the excerpts are needed.</param>
    public static CatalogueSummary Of(
        IEnumerable<SummarySource> sources, IEnumerable<ReadResult> reads, MergedCatalogue merged, ulong fingerprint, bool? emitHandles)
    {
        var hasExcerpts = KnownHandles.ShouldEmit(emitHandles, merged.Papers.Count);
        return new CatalogueSummary(
            fingerprint,
            SummarySource.InPathOrder(sources),
            hasExcerpts,
            merged.Papers.Select(paper => SummaryPaper.Of(paper, hasExcerpts)).ToEquatableArray(),
            reads.SelectMany(read => read.Diagnostics).Concat(merged.Diagnostics).ToEquatableArray());
    }
}
