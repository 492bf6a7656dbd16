using System;
using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PaperDataset.Scale;
using PaperDataset.Synthetic;

namespace PaperDataset.Benchmarks;

/// <summary>MB of source text per second, for the generator throughput benchmarks (computed in the host process).</summary>
public sealed class ThroughputColumn : IColumn
{
    private static readonly ConcurrentDictionary<(Type Benchmark, int PaperCount), long> Bytes = new();

    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "Source MB/s";

    public bool AlwaysShow => false;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes (10^6) of UTF-8 source text (scrape text or JSON) per second";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var type = benchmarkCase.Descriptor.Type;
        // Each throughput benchmark says which corpus it runs over: deterministic, so the host can size it.
        if (!typeof(GeneratorThroughputBase).IsAssignableFrom(type)
            || Activator.CreateInstance(type) is not GeneratorThroughputBase benchmark
            || benchmarkCase.Parameters["PaperCount"] is not int paperCount
            || summary[benchmarkCase]?.ResultStatistics is not { } statistics)
        {
            return "-";
        }

        // The benchmark ran in another process: regenerate its corpus here to know its size.
        var bytes = Bytes.GetOrAdd((type, paperCount), key => benchmark.Corpus(key.PaperCount).TotalBytes);
        return (bytes / 1e6 / (statistics.Mean / 1e9)).ToString("F1", CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
