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
/// dotnet run -c Release --project tests/PaperDataset.Benchmarks -- literals 1000000     compiler cost of a table as int[], u8 or string literal
/// dotnet run -c Release --project tests/PaperDataset.Benchmarks -- keysplits 100000     where the key analyzer's start goes
/// dotnet run -c Release --project tests/PaperDataset.Benchmarks -- tasksplits 100000 json where the build task's time goes
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["literals", .. var sizes])
        {
            return LiteralCost.Run(sizes);
        }

        if (args is ["keysplits", .. var keySizes])
        {
            return KeySplits.Run(keySizes);
        }

        if (args is ["tasksplits", .. var taskArgs])
        {
            return TaskSplits.Run(taskArgs);
        }

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
