using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.Build.Framework;
using PaperDataset.Sources.Model;
using PaperDataset.Storage;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace PaperDataset.Build;

/// <summary>
/// Writes the catalogue's storage (its tables and text, <see cref="StorageImage"/>) to <see cref="OutputFile"/>, which the
/// build embeds as a manifest resource: the assembly then holds the papers' fields once, not the source files. It reads the
/// AdditionalFiles marked as sources with the generator's own reading library, one file at a time, decoded as the compiler
/// decodes them (<see cref="CompilerText"/>). It writes what the generator needs of the same reading to
/// <see cref="SummaryFile"/> (<see cref="CatalogueSummary"/>), so that the compiler does not read the sources again.
/// </summary>
public sealed class WriteCatalogueStorage : MSBuildTask, ICancelableTask
{
    private readonly CancellationTokenSource _cancellation = new();

    /// <summary>The project's AdditionalFiles; those whose <c>PaperDatasetScrape</c> is true are the sources.</summary>
    [Required]
    public ITaskItem[] Sources { get; set; } = [];

    /// <summary>The file to write.</summary>
    [Required]
    public string OutputFile { get; set; } = string.Empty;

    /// <summary>The file to write the catalogue summary to, which the build passes to the generator.</summary>
    [Required]
    public string SummaryFile { get; set; } = string.Empty;

    /// <summary>The build's <c>PaperDatasetEmitHandles</c>: the summary quotes abstracts only for a catalogue with handles.</summary>
    public string? EmitHandles { get; set; }

    /// <inheritdoc/>
    public void Cancel() => _cancellation.Cancel();

    /// <inheritdoc/>
    public override bool Execute()
    {
        var sources = Sources
            .Where(item => ScrapeMark.IsSet(item.GetMetadata(ScrapeMark.MetadataName)))
            .Select(item =>
            {
                var path = item.GetMetadata("FullPath");
                var capturedOn = item.GetMetadata("PaperDatasetCapturedOn");

                // A value that names no format is read as auto, as the generator does (it reports PDS021).
                SourceFormatNames.TryParse(item.GetMetadata("PaperDatasetFormat"), out var format);
                return new StorageSource(path, capturedOn.Length == 0 ? null : capturedOn, format, () => CompilerText.Read(path));
            })
            .ToList();
        try
        {
            var (image, fingerprint, summary) = CatalogueStorageBuilder.Build(sources, KnownHandles.Setting(EmitHandles), _cancellation.Token);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile))!);
            long length;
            using (var file = new FileStream(OutputFile, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                StorageResourceFormat.Write(file, image, fingerprint);
                length = file.Length;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(SummaryFile))!);
            using (var summaryFile = new StreamWriter(SummaryFile, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16))
            {
                CatalogueSummaryFormat.Write(summary, summaryFile);
            }

            Log.LogMessage(
                MessageImportance.Normal,
                "PaperDataset: {0} papers from {1} source files, {2:N0} bytes of storage: {3}, and their summary for the compiler: {4}",
                image.PaperCount,
                sources.Count,
                length,
                OutputFile,
                SummaryFile);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (Exception exception)
        {
            // A file that cannot be read (the compiler reports it too), or a bug: the generator would report the same as PDS000.
            Log.LogError(
                "PaperDataset: could not write the catalogue's storage to {0}: {1}: {2} (PaperDatasetStorage=literals builds without this step)",
                OutputFile,
                exception.GetType().Name,
                exception.Message);
            return false;
        }
    }
}
