using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using PaperDataset.Sources.Merging;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading;

namespace PaperDataset.Storage;

/// <summary>One source file for the build task: what its reader takes, and its text, read only when its turn comes.</summary>
internal sealed record StorageSource(string Path, string? CapturedOn, SourceFormat Format, Func<string> ReadText);

/// <summary>
/// What the build task runs: every source file read, the catalogue merged and laid out as a <see cref="StorageImage"/>,
/// with its fingerprint. The generator reads and merges the same files with the same functions, so it knows the
/// fingerprint without laying anything out; one file's text is held at a time.
/// </summary>
internal static class CatalogueStorageBuilder
{
    public static (StorageImage Image, ulong Fingerprint) Build(IEnumerable<StorageSource> sources, CancellationToken cancellationToken = default)
    {
        var reads = ImmutableArray.CreateBuilder<ReadResult>();
        foreach (var source in sources)
        {
            reads.Add(Read(new SourceDocument(source.Path, source.ReadText(), source.CapturedOn, source.Format), cancellationToken));
        }

        var catalogue = CatalogueMerger.Merge(reads.ToImmutable(), cancellationToken);
        return (CatalogueStorage.Build(catalogue, cancellationToken), StorageFingerprint.Of(catalogue));
    }

    /// <summary>As the generator reads a file: a reader that fails (a bug) leaves the file without entries.</summary>
    private static ReadResult Read(SourceDocument document, CancellationToken cancellationToken)
    {
        try
        {
            return SourceReader.Read(document, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return ReadResult.Failed(document, EquatableArray<DiagnosticInfo>.Empty);
        }
    }
}
