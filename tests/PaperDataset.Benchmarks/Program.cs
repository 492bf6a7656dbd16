using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PaperDataset.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/PaperDataset.Benchmarks -- --filter '*'        every benchmark (BenchmarkDotNet)
/// dotnet run -c Release --project tests/PaperDataset.Benchmarks -- --filter '*Lookup*' one class
/// dotnet run -c Release --project tests/PaperDataset.Benchmarks -- splits 10000         timing splits of the generator and design time
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["splits", .. var rest])
        {
            return Splits.Run(rest);
        }

        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new ThroughputColumn())
            .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(20))
            .WithOptions(ConfigOptions.DisableLogFile);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
