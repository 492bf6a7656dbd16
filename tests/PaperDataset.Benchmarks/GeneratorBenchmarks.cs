extern alias generator;

using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperDataset.Scale;
using PaperDataset.Synthetic;
using CatalogueGenerator = generator::PaperDataset.Generator.PaperCatalogueGenerator;

namespace PaperDataset.Benchmarks;

/// <summary>
/// End-to-end generator throughput: a fresh CSharpGeneratorDriver runs the public PaperCatalogueGenerator over a
/// synthetic corpus (read, parse, merge, emit, AddSource), as a clean build does. MB/s is of source text (UTF-8).
/// The generated sources are parsed lazily by Roslyn, so compiling them is not included (see DesignTimeBenchmarks).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public abstract class GeneratorThroughputBase
{
    private ImmutableArray<AdditionalText> _texts;
    private CSharpCompilation _compilation = null!;

    [Params(10_000, 100_000)]
    public int PaperCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts = SyntheticGeneration.Texts(Corpus(PaperCount));
        _compilation = SyntheticGeneration.Compilation("namespace User; public static class First { public static int Value => 1; }");
    }

    [Benchmark(Description = "driver: read + merge + emit")]
    public GeneratorDriverRunResult RunGenerator() =>
        SyntheticGeneration.Driver(new CatalogueGenerator(), _texts, trackSteps: false).RunGenerators(_compilation).GetRunResult();

    /// <summary>The papers as source files of the format this class measures.</summary>
    internal abstract SyntheticCorpus Corpus(int paperCount);
}

/// <summary>Browser text copies.</summary>
public class GeneratorThroughputBenchmarks : GeneratorThroughputBase
{
    internal override SyntheticCorpus Corpus(int paperCount) => SyntheticGeneration.Corpus(paperCount);
}

/// <summary>
/// Hub daily-papers JSON (the same papers, 50 items a day, as tests/scale/run.sh json builds): the JSON reader's
/// tokenizer and field mapping instead of the text copy's lines.
/// </summary>
public class JsonGeneratorThroughputBenchmarks : GeneratorThroughputBase
{
    internal override SyntheticCorpus Corpus(int paperCount) => SyntheticGeneration.JsonCorpus(paperCount);
}

/// <summary>
/// Design time: the IDE's loop after a one-line edit of the user's code in a project holding the catalogue. The driver
/// re-runs (every step cached), and the compilation, which keeps the generated documents' syntax trees since their text
/// is unchanged (as the IDE's workspace does), is asked for all its diagnostics. Every invocation makes a new edit, so no
/// compilation-level cache carries over. The IDE's cost of an edit is the sum of the two rows.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class DesignTimeBenchmarks
{
    private const string UserSource = "namespace User;\n\npublic static class First\n{\n    public static int Value => 0;\n}\n";

    private GeneratorDriver _driver = null!;
    private CSharpCompilation _compilation = null!;
    private Compilation _withGenerated = null!;
    private SyntaxTree _userTree = null!;
    private int _edit;

    [Params(10_000, 100_000)]
    public int PaperCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = SyntheticGeneration.Corpus(PaperCount);
        _compilation = SyntheticGeneration.Compilation(UserSource);
        _userTree = _compilation.SyntaxTrees.Single();
        _driver = SyntheticGeneration.Driver(new CatalogueGenerator(), SyntheticGeneration.Texts(corpus), trackSteps: false)
            .RunGeneratorsAndUpdateCompilation(_compilation, out _withGenerated, out _);
        var errors = _withGenerated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList(); // parses the generated trees once
        if (errors.Count > 0)
        {
            throw new System.InvalidOperationException(string.Join("\n", errors.Take(5)));
        }
    }

    private SyntaxTree EditedUserTree() =>
        CSharpSyntaxTree.ParseText(UserSource.Replace("=> 0;", "=> " + (++_edit) + ";"), SyntheticGeneration.ParseOptions, _userTree.FilePath);

    [Benchmark(Description = "edit → driver run (all cached)")]
    public GeneratorDriver EditAndRunGenerator() =>
        _driver = _driver.RunGeneratorsAndUpdateCompilation(_compilation.ReplaceSyntaxTree(_userTree, EditedUserTree()), out _, out _);

    [Benchmark(Description = "edit → GetDiagnostics()")]
    public int EditAndGetDiagnostics() =>
        _withGenerated.ReplaceSyntaxTree(_withGenerated.SyntaxTrees.First(t => t.FilePath == _userTree.FilePath), EditedUserTree()).GetDiagnostics().Length;
}
