extern alias analyzers;
extern alias generator;

using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperDataset.Scale;
using CatalogueGenerator = generator::PaperDataset.Generator.PaperCatalogueGenerator;
using CatalogueIndex = analyzers::PaperDataset.Analyzers.CatalogueIndex;
using CompilationCatalogues = analyzers::PaperDataset.Analyzers.CompilationCatalogues;
using KeyKind = analyzers::PaperDataset.Analyzers.KeyKind;

namespace PaperDataset.Benchmarks;

/// <summary>
/// The key analyzer's costs (docs/analyzers.md). The catalogue is a referenced assembly, as in the PaperDataset package:
/// the bundled PaperDataset.dll, or an assembly holding only the key attribute the generator emits for a synthetic
/// Hub JSON corpus of 10k or 100k papers.
/// <list type="bullet">
/// <item>Start: a new compilation with a new reference to the catalogue, its catalogue type, and the first id lookup, which reads the attribute from metadata
/// and locates the keys in it (ids need no index; the baseline row is the compilation and type alone); the first title lookup
/// indexes the titles by their emitted hashes.</item>
/// <item>Next compilation: the first title lookup in a compilation derived from one that read the keys, as after an
/// edit in the IDE; the keys located and indexed then are found again by their text.</item>
/// <item>Per call site: a lookup once the compilation's keys are read, known and unknown (the unknown one searches for
/// the closest key).</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class KeyAnalyzerBenchmarks
{
    private const string CatalogueName = "PaperDataset.Papers";

    private ImmutableArray<MetadataReference> _references;
    private byte[] _catalogueImage = null!;
    private CSharpCompilation _edited = null!;
    private SyntaxTree _edit = null!;
    private INamedTypeSymbol _catalogueType = null!;
    private CompilationCatalogues _catalogues = null!;
    private CatalogueIndex _warm = null!;
    private string _knownId = null!;
    private string _knownTitle = null!;
    private string _missingId = null!;
    private string _missingTitle = null!;

    /// <summary>"bundled" (the data/ catalogue), or a synthetic paper count.</summary>
    [Params("bundled", "10000", "100000")]
    public string Catalogue { get; set; } = "bundled";

    [GlobalSetup]
    public void Setup()
    {
        _catalogueImage = Catalogue == "bundled"
            ? File.ReadAllBytes(typeof(Papers).Assembly.Location)
            : KeysAssembly(int.Parse(Catalogue, System.Globalization.CultureInfo.InvariantCulture));
        _references = [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromImage(_catalogueImage)];
        _catalogueType = CatalogueType(_references);

        // An IDE edit: a compilation derived from one whose keys were read keeps the catalogue assembly's symbols.
        _edited = CSharpCompilation.Create("User", [], _references);
        new CompilationCatalogues().ForCatalogueType(_edited.GetTypeByMetadataName(CatalogueName)!)!.Find(KeyKind.Title, "warm");
        _edit = CSharpSyntaxTree.ParseText("class Edited { }");
        _catalogues = new CompilationCatalogues();
        _warm = _catalogues.ForCatalogueType(_catalogueType)!;
        var middle = _warm.Keys[_warm.Keys.Count / 2];
        _knownId = middle.Id;
        _knownTitle = "  " + middle.Title.ToUpperInvariant() + " ";
        _missingId = middle.Id.Insert(middle.Id.Length / 2, "x");
        _missingTitle = middle.Title.Insert(middle.Title.Length / 2, "x");
        _warm.Find(KeyKind.Title, _knownTitle).ShouldBeFound();
        _warm.Find(KeyKind.Id, _missingId).ShouldBeMissing();
    }

    [Benchmark(Baseline = true, Description = "start: compilation + catalogue type only")]
    public INamedTypeSymbol CompilationOnly() => ColdCatalogueType();

    [Benchmark(Description = "start: + read keys, index ids (first id call site)")]
    public int StartThenFirstId() => new CompilationCatalogues().ForCatalogueType(ColdCatalogueType())!.Find(KeyKind.Id, _knownId);

    [Benchmark(Description = "start: + read keys, index titles (first title call site)")]
    public int StartThenFirstTitle() => new CompilationCatalogues().ForCatalogueType(ColdCatalogueType())!.Find(KeyKind.Title, _knownTitle);

    [Benchmark(Description = "next compilation (an edit): first title call site")]
    public int EditThenFirstTitle() =>
        new CompilationCatalogues().ForCatalogueType(_edited.AddSyntaxTrees(_edit).GetTypeByMetadataName(CatalogueName)!)!.Find(KeyKind.Title, _knownTitle);

    [Benchmark(Description = "call site: known id")]
    public int KnownId() => _catalogues.ForCatalogueType(_catalogueType)!.Find(KeyKind.Id, _knownId);

    [Benchmark(Description = "call site: known title (normalised)")]
    public int KnownTitle() => _catalogues.ForCatalogueType(_catalogueType)!.Find(KeyKind.Title, _knownTitle);

    [Benchmark(Description = "call site: unknown id + closest")]
    public int UnknownId() =>
        _catalogues.ForCatalogueType(_catalogueType)!.Find(KeyKind.Id, _missingId) is var paper and >= 0 ? paper : _warm.Closest(KeyKind.Id, _missingId, CancellationToken.None);

    [Benchmark(Description = "call site: unknown title + closest")]
    public int UnknownTitle() =>
        _catalogues.ForCatalogueType(_catalogueType)!.Find(KeyKind.Title, _missingTitle) is var paper and >= 0 ? paper : _warm.Closest(KeyKind.Title, _missingTitle, CancellationToken.None);

    private static INamedTypeSymbol CatalogueType(ImmutableArray<MetadataReference> references) =>
        CSharpCompilation.Create("User", [], references).GetTypeByMetadataName(CatalogueName)!;

    // A new reference of the same bytes: Roslyn shares a reference's symbols (and so its decoded attributes) among the
    // compilations that use it, which would make every start after the first warm.
    private INamedTypeSymbol ColdCatalogueType() =>
        CatalogueType([.. _references[..^1], MetadataReference.CreateFromImage(_catalogueImage)]);

    /// <summary>Runs the generator over a synthetic Hub JSON corpus and compiles only its key attribute, with the catalogue class it names.</summary>
    internal static byte[] KeysAssembly(int paperCount)
    {
        var texts = SyntheticGeneration.Texts(SyntheticGeneration.JsonCorpus(paperCount));
        var driver = SyntheticGeneration.Driver(new CatalogueGenerator(), texts, new System.Collections.Generic.Dictionary<string, string>
        {
            ["PaperDatasetNamespace"] = "PaperDataset",
        }, trackSteps: false);
        var generated = driver.RunGenerators(SyntheticGeneration.Compilation()).GetRunResult().Results.Single().GeneratedSources;
        var keys = generated.Single(source => source.HintName == "Papers.Keys.g.cs").SyntaxTree;
        System.Console.WriteLine($"// {paperCount} papers: Papers.Keys.g.cs is {keys.Length:N0} characters of {generated.Sum(source => source.SourceText.Length):N0} generated");
        var compilation = CSharpCompilation.Create(
            "SyntheticCatalogue",
            [keys, CSharpSyntaxTree.ParseText("namespace PaperDataset; public static class Papers { }", SyntheticGeneration.ParseOptions)],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new System.InvalidOperationException(string.Join("\n", result.Diagnostics));
        }

        return image.ToArray();
    }
}

internal static class SetupChecks
{
    public static void ShouldBeFound(this int paper)
    {
        if (paper < 0)
        {
            throw new System.InvalidOperationException("The benchmark's known key is not found.");
        }
    }

    public static void ShouldBeMissing(this int paper)
    {
        if (paper >= 0)
        {
            throw new System.InvalidOperationException("The benchmark's missing key is found.");
        }
    }
}
