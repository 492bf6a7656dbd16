extern alias analyzers;
extern alias generator;

using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using CatalogueIndex = analyzers::PaperDataset.Analyzers.CatalogueIndex;
using CatalogueKeysFormat = analyzers::PaperDataset.Generator.Emitting.CatalogueKeysFormat;
using KeyField = analyzers::PaperDataset.Generator.Emitting.KeyField;
using KeyKind = analyzers::PaperDataset.Analyzers.KeyKind;
using PaperId = generator::PaperDataset.PaperId;
using TitleComparer = analyzers::PaperDataset.PaperTitleComparer;

namespace PaperDataset.Benchmarks;

/// <summary>
/// Where the key analyzer's start goes (docs/analyzers.md), the fastest of several cold starts of the synthetic catalogue
/// <see cref="KeyAnalyzerBenchmarks"/> measures: decoding the key attribute from metadata, finding the fields, the first id
/// lookup, indexing the titles, then known titles' lookups (one in ASCII, one not). Also what it would cost to leave out of
/// the attribute every id that is its ASCII title's slug (most are): deriving them again from the titles. Each is timed by
/// the clock and as the thread's CPU time: on a shared machine the clock also counts the time other processes had the
/// core, the CPU time does not (Linux only). Usage: keysplits &lt;papers&gt;.
/// </summary>
internal static class KeySplits
{
    private const int Runs = 7;
    private const int Lookups = 100_000;

    private enum Step
    {
        Decode,
        Read,
        FirstId,
        FirstTitle,
        DeriveIds,
        AsciiTitle,
        NonAsciiTitle,
    }

    public static int Run(string[] args)
    {
        var papers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var image = KeyAnalyzerBenchmarks.KeysAssembly(papers);
        var references = Basic.Reference.Assemblies.Net100.References.All;
        var steps = Enum.GetValues<Step>();
        var clock = steps.Select(_ => double.MaxValue).ToArray();
        var cpu = steps.Select(_ => double.MaxValue).ToArray();
        var nonAscii = 0;
        var derivable = 0;
        var titleChars = 0L;
        for (var run = 0; run < Runs; run++)
        {
            var compilation = CSharpCompilation.Create("User", [], [.. references, MetadataReference.CreateFromImage(image)]);
            var assembly = compilation.GetTypeByMetadataName("PaperDataset.Papers")!.ContainingAssembly;
            var timer = new Timer(clock, cpu);
            var text = (string)assembly.GetAttributes().Single(attribute => attribute.AttributeClass?.Name == "AssemblyMetadataAttribute").ConstructorArguments[1].Value!;
            timer.Lap(Step.Decode);
            var keys = CatalogueKeysFormat.Read(text)!;
            timer.Lap(Step.Read);
            var index = new CatalogueIndex(keys);
            index.Find(KeyKind.Id, "x");
            timer.Lap(Step.FirstId);
            index.Find(KeyKind.Title, "x");
            timer.Lap(Step.FirstTitle);

            derivable = 0;
            for (var paper = 0; paper < keys.Count; paper++)
            {
                var title = keys.Field(paper, KeyField.Title);
                derivable += TitleComparer.IsAscii(title, 0, title.Length) && PaperId.FromTitle(title).Value == keys.Field(paper, KeyField.Id) ? 1 : 0;
            }

            timer.Lap(Step.DeriveIds);

            (titleChars, nonAscii) = (0, 0);
            for (var paper = 0; paper < keys.Count; paper++)
            {
                titleChars += keys.Length(paper, KeyField.Title);
                nonAscii += TitleComparer.IsAscii(text, keys.Start(paper, KeyField.Title), keys.Length(paper, KeyField.Title)) ? 0 : 1;
            }

            foreach (var (step, ascii) in new[] { (Step.AsciiTitle, true), (Step.NonAsciiTitle, false) })
            {
                // As the benchmark's probe: the first such title from the middle, upper-cased between spaces.
                var paper = Enumerable.Range(keys.Count / 2, keys.Count / 2).First(paper => TitleComparer.IsAscii(keys.Field(paper, KeyField.Title), 0, keys.Length(paper, KeyField.Title)) == ascii);
                var probe = "  " + keys.Field(paper, KeyField.Title).ToUpperInvariant() + " ";
                timer.Restart();
                for (var i = 0; i < Lookups; i++)
                {
                    index.Find(KeyKind.Title, probe);
                }

                timer.Lap(step);
            }
        }

        Console.WriteLine($"papers={papers}: {titleChars:N0} characters of titles, {nonAscii} titles not in ASCII, {derivable} ids their ASCII title's slug. Fastest of {Runs} cold starts, clock / thread CPU time:");
        foreach (var step in steps)
        {
            var (scale, unit) = step is Step.AsciiTitle or Step.NonAsciiTitle ? (1e3 / Lookups, "µs per lookup") : (1.0, "ms");
            Console.WriteLine($"  {step,-18} {clock[(int)step] * scale,9:F2} / {cpu[(int)step] * scale,9:F2} {unit}");
        }

        return 0;
    }

    /// <summary>Keeps, per step, the shortest clock and CPU time seen.</summary>
    private sealed class Timer(double[] clock, double[] cpu)
    {
        private readonly Stopwatch _stopwatch = Stopwatch.StartNew();
        private double _cpuStart = ThreadCpuMilliseconds();

        public void Restart()
        {
            _stopwatch.Restart();
            _cpuStart = ThreadCpuMilliseconds();
        }

        public void Lap(Step step)
        {
            var thread = ThreadCpuMilliseconds();
            clock[(int)step] = Math.Min(clock[(int)step], _stopwatch.Elapsed.TotalMilliseconds);
            cpu[(int)step] = Math.Min(cpu[(int)step], thread - _cpuStart);
            _stopwatch.Restart();
            _cpuStart = ThreadCpuMilliseconds();
        }
    }

    private static double ThreadCpuMilliseconds() =>
        OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var time) == 0 ? (time.Seconds * 1e3) + (time.Nanoseconds / 1e6) : double.NaN;

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
