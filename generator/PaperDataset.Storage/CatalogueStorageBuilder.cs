using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using PaperDataset.Sources.Merging;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading;

namespace PaperDataset.Storage;

/// <summary>One source file for the build task: what its reader takes, and its text, read only when its turn comes.</summary>
internal sealed record StorageSource(string Path, string? CapturedOn, SourceFormat Format, Func<string> ReadText);

/// <summary>What the build task writes: the storage and its fingerprint, and the summary the generator compiles the code from.</summary>
internal sealed record CatalogueBuild(StorageImage Image, ulong Fingerprint, CatalogueSummary Summary);

/// <summary>
/// What the build task runs: every source file read, the catalogue merged and laid out as a <see cref="StorageImage"/>,
/// with its fingerprint and the <see cref="CatalogueSummary"/>. The generator reads and merges with the same functions
/// where it has no summary, so both give the same catalogue; one file's text is held at a time.
/// </summary>
internal static class CatalogueStorageBuilder
{
    /// <param name="sources">The sources, in any order.</param>
    /// <param name="emitHandles">The build's <c>PaperDatasetEmitHandles</c> (null for auto), which says whether the summary needs abstracts.</param>
    /// <param name="cancellationToken">Stops between files.</param>

    public static CatalogueBuild Build(IEnumerable<StorageSource> sources, bool? emitHandles = null, CancellationToken cancellationToken = default)
    {
        var reads = ImmutableArray.CreateBuilder<ReadResult>();
        var read = new List<StorageSource>();
        foreach (var source in sources)
        {
            reads.Add(Read(new SourceDocument(source.Path, source.ReadText(), source.CapturedOn, source.Format), cancellationToken));
            read.Add(source);
        }

        var catalogue = CatalogueMerger.Merge(reads.ToImmutable(), cancellationToken);
        var fingerprint = StorageFingerprint.Of(catalogue);
        var summary = CatalogueSummary.Of(
            read.Select(source => SummarySource.Of(source.Path, source.CapturedOn, source.Format)), reads, catalogue, fingerprint, emitHandles);
        return new CatalogueBuild(CatalogueStorage.Build(catalogue, cancellationToken), fingerprint, summary);
    }

    /// <summary>As the generator reads a file: a reader that fails (a bug) leaves the file without entries, and says so (PDS000).</summary>
    private static ReadResult Read(SourceDocument document, CancellationToken cancellationToken)
    {
        try
        {
            return SourceReader.Read(document, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return ReadResult.Failed(document, new[] { DiagnosticInfo.InternalError(document.Path, exception) }.ToEquatableArray());
        }
    }
}
