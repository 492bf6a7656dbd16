using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PaperDataset.Benchmarks;

/// <summary>MB of scrape text per second, for the generator throughput benchmarks (computed in the host process).</summary>
public sealed class ThroughputColumn : IColumn
{
    private static readonly ConcurrentDictionary<int, long> BytesByPaperCount = new();

    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "Scrape MB/s";

    public bool AlwaysShow => false;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes (10^6) of UTF-8 scrape text per second";

    public static void Record(int paperCount, long bytes) => BytesByPaperCount[paperCount] = bytes;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Descriptor.Type != typeof(GeneratorThroughputBenchmarks)
            || benchmarkCase.Parameters["PaperCount"] is not int paperCount
            || summary[benchmarkCase]?.ResultStatistics is not { } statistics)
        {
            return "-";
        }

        // The corpus is deterministic: regenerate it here (the benchmark ran in another process) to know its size.
        var bytes = BytesByPaperCount.GetOrAdd(paperCount, count => Scale.SyntheticGeneration.Corpus(count).TotalBytes);
        return (bytes / 1e6 / (statistics.Mean / 1e9)).ToString("F1", CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
