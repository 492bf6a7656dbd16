extern alias generator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using generator::PaperDataset.Sources.Merging;
using generator::PaperDataset.Sources.Model;
using generator::PaperDataset.Sources.Reading;
using generator::PaperDataset.Storage;
using PaperDataset.Scale;
using PaperDataset.Synthetic;

namespace PaperDataset.Benchmarks;

/// <summary>
/// Where the build task's time goes, one pass with a stopwatch (not BenchmarkDotNet). The synthetic corpus is written to a
/// temporary folder first, so that, as in the task, each file's text is read when its turn comes and dropped after.
/// First the whole of <see cref="CatalogueStorageBuilder.Build"/> in a fresh process, as a build runs it (so mostly
/// unoptimised code and a heap that grows with every file); then each step again on its own, now warm: the difference
/// is what running once costs. Usage: tasksplits &lt;papers&gt; [json].
/// </summary>
internal static class TaskSplits
{
    public static int Run(string[] args)
    {
        var papers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var json = args.Skip(1).Contains("json", StringComparer.OrdinalIgnoreCase);
        var folder = Path.Combine(Path.GetTempPath(), "paperdataset-tasksplits-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var sources = Write(json ? SyntheticGeneration.JsonCorpus(papers) : SyntheticGeneration.Corpus(papers), folder);
            GC.Collect();
            var bytes = sources.Sum(source => new FileInfo(source.Path).Length);
            Console.WriteLine($"papers={papers} format={(json ? "json" : "text")} files={sources.Count} bytes={bytes}");

            var stopwatch = Stopwatch.StartNew();
            var (gen0, gen1, gen2, allocated) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());
            var build = CatalogueStorageBuilder.Build(sources);
            Splits.Report(
                "the task's work once, as a build runs it",
                stopwatch,
                $"{bytes / 1e6 / stopwatch.Elapsed.TotalSeconds:F1} MB/s; GCs {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}, {(GC.GetTotalAllocatedBytes() - allocated) / 1e9:F2} GB allocated");

            var texts = sources.Select(source => source.ReadText()).ToList();
            Splits.Report("then warm: the files' text", stopwatch);
            var reads = sources.Select((source, index) => SourceReader.Read(new SourceDocument(source.Path, texts[index], source.CapturedOn, source.Format), default)).ToImmutableArray();
            Splits.Report("  reading", stopwatch, $"{bytes / 1e6 / stopwatch.Elapsed.TotalSeconds:F1} MB/s");
            texts.Clear();
            var catalogue = CatalogueMerger.Merge(reads, default);
            Splits.Report("  merging", stopwatch, $"{catalogue.Papers.Count} papers");
            var fingerprint = StorageFingerprint.Of(catalogue);
            Splits.Report("  the fingerprint", stopwatch);
            var summary = CatalogueSummary.Of(sources.Select(source => SummarySource.Of(source.Path, source.CapturedOn, source.Format)), reads, catalogue, fingerprint, emitHandles: null);
            Splits.Report("  the summary", stopwatch);
            var image = CatalogueStorage.Build(catalogue);
            Splits.Report("  laying out the storage", stopwatch);
            StorageResourceFormat.Write(Stream.Null, image, fingerprint);
            CatalogueSummaryFormat.Write(summary, TextWriter.Null);
            Splits.Report("  writing storage and summary", stopwatch, fingerprint == build.Fingerprint ? "same fingerprint as the first pass" : "FINGERPRINT DIFFERS");
            return fingerprint == build.Fingerprint ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<StorageSource> Write(SyntheticCorpus corpus, string folder) =>
        corpus.Files.Select(file =>
        {
            var path = Path.Combine(folder, file.FileName);
            File.WriteAllText(path, file.Text);
            return new StorageSource(path, file.CapturedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), SourceFormat.Auto, () => File.ReadAllText(path));
        }).ToList();
}
