extern alias generator;

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperDataset.Scale;
using PaperDataset.Testing;
using CatalogueGenerator = generator::PaperDataset.Generator.PaperCatalogueGenerator;

namespace PaperDataset.Benchmarks;

/// <summary>
/// Where the time goes, one pass with a stopwatch (not BenchmarkDotNet): the generator's tracked steps, the size of what it
/// emits, the cached re-run after an edit, GetDiagnostics() split by phase and by generated file, and a full Emit (what
/// csc does in a build). Usage: splits &lt;papers&gt; [json] [handles=true|false] [docs=diagnose|parse|none] [storage=literals]; json runs over
/// the same papers as Hub daily-papers JSON instead of text copies.
/// </summary>
internal static class Splits
{
    private const string UserSource = "namespace User;\n\npublic static class First\n{\n    public static int Value => 0;\n}\n";
    private static int _edit;

    public static int Run(string[] args)
    {
        var papers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var options = args.Skip(1).Select(a => a.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "true", StringComparer.OrdinalIgnoreCase);
        var skip = options.GetValueOrDefault("skip", string.Empty).Split(',');
        // As the package's build sets them (storage in a resource); storage=literals lays it out in literals instead.
        var properties = new Dictionary<string, string>(SyntheticGeneration.PackageProperties);
        if (options.GetValueOrDefault("storage") == "literals")
        {
            properties.Remove("PaperDatasetStorageResource");
        }

        if (options.TryGetValue("handles", out var handles))
        {
            properties["PaperDatasetEmitHandles"] = handles;
        }

        var parseOptions = options.GetValueOrDefault("docs", "diagnose") switch
        {
            "parse" => SyntheticGeneration.ParseOptions.WithDocumentationMode(DocumentationMode.Parse),
            "none" => SyntheticGeneration.ParseOptions.WithDocumentationMode(DocumentationMode.None),
            _ => SyntheticGeneration.ParseOptions,
        };

        var json = options.ContainsKey("json");
        Console.WriteLine($"papers={papers} format={(json ? "json" : "text")} properties=[{string.Join(", ", properties.Select(p => p.Key + "=" + p.Value))}] docs={parseOptions.DocumentationMode}");
        var stopwatch = Stopwatch.StartNew();
        var corpus = json ? SyntheticGeneration.JsonCorpus(papers) : SyntheticGeneration.Corpus(papers);
        var texts = SyntheticGeneration.Texts(corpus);
        Report("synthetic corpus", stopwatch, $"{corpus.Files.Count} files, {corpus.TotalBytes / 1e6:F1} MB of source text");

        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(UserSource, parseOptions, "/src/User0.cs")],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));
        var userTree = compilation.SyntaxTrees.Single();

        // Warm the generator's code once on a small corpus, so that the first real run is not mostly JIT.
        CSharpGeneratorDriver.Create([new CatalogueGenerator().AsSourceGenerator()], SyntheticGeneration.Texts(json ? SyntheticGeneration.JsonCorpus(50) : SyntheticGeneration.Corpus(50)), parseOptions)
            .RunGenerators(compilation);

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        stopwatch.Restart();
        var driver = SyntheticGeneration.Driver(new CatalogueGenerator(), texts, properties, trackSteps: true, parseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var wall = stopwatch.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var run = driver.GetRunResult();
        var result = run.Results.Single();
        Console.WriteLine($"  {"driver, first run",-44} {wall.TotalMilliseconds,10:F0} ms   {corpus.TotalBytes / 1e6 / wall.TotalSeconds:F1} MB/s of source text (wall); CPU {cpu.TotalMilliseconds:F0} ms, {corpus.TotalBytes / 1e6 / cpu.TotalSeconds:F1} MB/s of CPU time");
        foreach (var name in GeneratorSteps.Tracked)
        {
            var steps = result.TrackedSteps.TryGetValue(name, out var s) ? s : default;
            var elapsed = steps.IsDefault ? TimeSpan.Zero : TimeSpan.FromTicks(steps.Sum(step => step.ElapsedTime.Ticks));
            Console.WriteLine($"    step {name,-39} {elapsed.TotalMilliseconds,10:F0} ms   ({(steps.IsDefault ? 0 : steps.Length)} runs)");
        }

        foreach (var (name, steps) in result.TrackedOutputSteps)
        {
            Console.WriteLine($"    output step {name,-32} {steps.Sum(step => step.ElapsedTime.TotalMilliseconds),10:F0} ms   (emit + AddSource)");
        }

        foreach (var source in result.GeneratedSources)
        {
            Console.WriteLine($"    generated {source.HintName,-34} {source.SourceText.Length / 1e6,10:F1} M chars");
        }

        stopwatch.Restart();
        driver = driver.RunGeneratorsAndUpdateCompilation(Edit(compilation, userTree, parseOptions), out output, out _);
        var again = driver.GetRunResult().Results.Single();
        var reasons = GeneratorSteps.Tracked
            .SelectMany(name => again.TrackedSteps.TryGetValue(name, out var s) ? s : default)
            .SelectMany(step => step.Outputs).GroupBy(o => o.Reason).Select(g => g.Key + "×" + g.Count());
        Report("driver, after an edit", stopwatch, string.Join(", ", reasons));

        // The first GetDiagnostics parses the generated trees (lazily created by the driver); later ones reuse them.
        stopwatch.Restart();
        var diagnostics = output.GetDiagnostics();
        Report("GetDiagnostics(), first (parses generated)", stopwatch, $"{diagnostics.Length} diagnostics, {diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} errors");
        foreach (var d in diagnostics.Take(3))
        {
            Console.WriteLine("      " + d);
        }

        // Does the driver hand back already-parsed generated trees after a cached run, or new ones to parse again?
        var previousTrees = driver.GetRunResult().GeneratedTrees;
        var rerun = Edited(ref driver, compilation, userTree, parseOptions);
        var rerunTrees = driver.GetRunResult().GeneratedTrees;
        stopwatch.Restart();
        foreach (var tree in rerunTrees)
        {
            tree.GetRoot();
        }

        Report("GetRoot() of generated trees after an edit", stopwatch, $"{rerunTrees.Count(t => previousTrees.Contains(t))} of {rerunTrees.Length} trees are the previous objects");

        // As the IDE does: unchanged generated documents keep their trees; the edit replaces only the user's tree.
        for (var i = 0; i < (skip.Contains("reparse") ? 1 : 3); i++)
        {
            var ide = IdeEdit(rerun, userTree, parseOptions);
            stopwatch.Restart();
            ide.GetDiagnostics();
            Report("edit (generated trees kept) → GetDiagnostics()", stopwatch);
        }

        for (var i = 0; i < (skip.Contains("reparse") ? 0 : 2); i++)
        {
            var edited = Edited(ref driver, compilation, userTree, parseOptions);
            stopwatch.Restart();
            edited.GetDiagnostics();
            Report("edit → driver → GetDiagnostics() (re-parses)", stopwatch);
        }

        var fresh = IdeEdit(rerun, userTree, parseOptions);
        stopwatch.Restart();
        fresh.GetParseDiagnostics();
        Report("  trees kept: GetParseDiagnostics()", stopwatch);
        fresh.GetDeclarationDiagnostics();
        Report("  trees kept: then GetDeclarationDiagnostics()", stopwatch);
        fresh.GetMethodBodyDiagnostics();
        Report("  trees kept: then GetMethodBodyDiagnostics()", stopwatch);

        foreach (var tree in rerun.SyntaxTrees)
        {
            var edited = IdeEdit(rerun, userTree, parseOptions);
            var same = edited.SyntaxTrees.Single(t => t.FilePath == tree.FilePath);
            stopwatch.Restart();
            edited.GetSemanticModel(same).GetDiagnostics();
            Report("  trees kept: only " + Path.GetFileName(tree.FilePath) + " (semantic model)", stopwatch);
        }

        var emitted = IdeEdit(rerun, userTree, parseOptions);
        var before = GC.GetTotalAllocatedBytes();
        stopwatch.Restart();
        if (!skip.Contains("emit"))
        {
            using var peStream = new MemoryStream();
            var emit = emitted.Emit(peStream);
            Report("Emit() (as csc does), trees kept", stopwatch, $"{(emit.Success ? "ok" : "FAILED")}, {peStream.Length / 1e6:F1} MB dll, {(GC.GetTotalAllocatedBytes() - before) / 1e9:F2} GB allocated");
        }

        if (options.ContainsKey("attribute"))
        {
            AttributeStorage(rerun, parseOptions);
        }

        Console.WriteLine($"  peak working set of this process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e9:F2} GB");
        return 0;
    }

    private static Compilation Edited(ref GeneratorDriver driver, CSharpCompilation compilation, SyntaxTree userTree, CSharpParseOptions parseOptions)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(Edit(compilation, userTree, parseOptions), out var output, out _);
        return output;
    }

    /// <summary>
    /// Which part of the generated storage costs the compiler: the same compilation with the u8 text chunks emptied
    /// (tables only), with the int tables emptied (text only), and with both emptied (the rest).
    /// </summary>
    private static void AttributeStorage(Compilation withGenerated, CSharpParseOptions parseOptions)
    {
        var storage = withGenerated.SyntaxTrees.Single(t => t.FilePath.EndsWith(".Storage.g.cs", StringComparison.Ordinal));
        var text = storage.ToString();
        var noText = System.Text.RegularExpressions.Regex.Replace(text, "=> \"(?:[^\"\\\\]|\\\\.)*\"u8;", "=> \"\"u8;");
        var noTables = System.Text.RegularExpressions.Regex.Replace(text, "=> new int\\[\\]\\n(\\s*)\\{[^}]*\\}", "=> new int[]\n$1{\n$1}");
        var neither = System.Text.RegularExpressions.Regex.Replace(noText, "=> new int\\[\\]\\n(\\s*)\\{[^}]*\\}", "=> new int[]\n$1{\n$1}");
        Console.WriteLine($"  attribution of {Path.GetFileName(storage.FilePath)}: {text.Length / 1e6:F1} M chars; without text {noText.Length / 1e6:F1} M; without tables {noTables.Length / 1e6:F1} M");
        foreach (var (name, variant) in new[] { ("as generated", text), ("tables only (u8 chunks emptied)", noText), ("text only (int tables emptied)", noTables), ("neither", neither) })
        {
            var tree = CSharpSyntaxTree.ParseText(variant, parseOptions, storage.FilePath);
            tree.GetRoot();
            var stopwatch = Stopwatch.StartNew();
            withGenerated.ReplaceSyntaxTree(storage, tree).GetDiagnostics();
            var diagnostics = stopwatch.Elapsed;
            var before = GC.GetTotalAllocatedBytes();
            stopwatch.Restart();
            using var peStream = new MemoryStream();
            var ok = withGenerated.ReplaceSyntaxTree(storage, tree).Emit(peStream).Success;
            Console.WriteLine($"    {name,-34} GetDiagnostics {diagnostics.TotalMilliseconds,7:F0} ms   Emit {stopwatch.Elapsed.TotalMilliseconds,7:F0} ms, {(GC.GetTotalAllocatedBytes() - before) / 1e9:F2} GB allocated{(ok ? string.Empty : " FAILED")}");
        }
    }

    /// <summary>The IDE's edit: the compilation keeps its generated trees (unchanged documents), only the user's tree is replaced.</summary>
    private static Compilation IdeEdit(Compilation withGenerated, SyntaxTree userTree, CSharpParseOptions parseOptions) =>
        withGenerated.ReplaceSyntaxTree(
            withGenerated.SyntaxTrees.First(t => t.FilePath == userTree.FilePath),
            CSharpSyntaxTree.ParseText(UserSource.Replace("=> 0;", "=> " + (++_edit).ToString(CultureInfo.InvariantCulture) + ";", StringComparison.Ordinal), parseOptions, userTree.FilePath));

    private static CSharpCompilation Edit(CSharpCompilation compilation, SyntaxTree userTree, CSharpParseOptions parseOptions) =>
        compilation.ReplaceSyntaxTree(
            userTree,
            CSharpSyntaxTree.ParseText(UserSource.Replace("=> 0;", "=> " + (++_edit).ToString(CultureInfo.InvariantCulture) + ";", StringComparison.Ordinal), parseOptions, userTree.FilePath));

    internal static void Report(string what, Stopwatch stopwatch, string? note = null)
    {
        Console.WriteLine($"  {what,-44} {stopwatch.Elapsed.TotalMilliseconds,10:F0} ms{(note is null ? string.Empty : "   " + note)}");
        stopwatch.Restart();
    }
}
