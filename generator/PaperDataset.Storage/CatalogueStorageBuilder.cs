using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using PaperDataset.Sources.Merging;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading;

namespace PaperDataset.Storage;

/// <summary>One source file for the build task: what its reader takes, and its text, read only when its turn comes.</summary>
internal sealed record StorageSource(string Path, string? CapturedOn, SourceFormat Format, Func<string> ReadText);

/// <summary>
/// What the build task runs: every source file read, the catalogue merged and laid out as a <see cref="StorageImage"/>,
/// with its fingerprint. The generator reads and merges the same files with the same functions, so it knows the
/// fingerprint without laying anything out. Files are read as many at a time as there are cores (the build waits for
/// this step alone), each file's text held only while it is read.
/// </summary>
internal static class CatalogueStorageBuilder
{
    public static (StorageImage Image, ulong Fingerprint) Build(IReadOnlyList<StorageSource> sources, CancellationToken cancellationToken = default)
    {
        var reads = new ReadResult[sources.Count];
        var failures = new Exception?[sources.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, sources.Count, options, index =>
        {
            var source = sources[index];
            try
            {
                reads[index] = Read(new SourceDocument(source.Path, source.ReadText(), source.CapturedOn, source.Format), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failures[index] = exception;
            }
        });

        // A file that cannot be read stops the build; the first such in the sources' order is the one reported, whatever
        // order the reads happened to finish in.
        if (Array.Find(failures, failure => failure is not null) is { } first)
        {
            ExceptionDispatchInfo.Capture(first).Throw();
        }

        var catalogue = CatalogueMerger.Merge(ImmutableArray.Create(reads), cancellationToken);
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
