extern alias generator;

using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PaperCatalogueGenerator = generator::PaperDataset.Generator.PaperCatalogueGenerator;

namespace PaperDataset.Analyzer.Tests;

/// <summary>
/// A small catalogue made by the real generator from Hub JSON, in namespace <c>PaperDataset.Generated</c>, class
/// <c>Papers</c>: as generated sources (what a generator-package consumer compiles) and as a compiled assembly (what a
/// PaperDataset-package consumer references). <see cref="WithoutHandles"/> is the same catalogue built with
/// <c>PaperDatasetEmitHandles=false</c>, as large catalogues are by default.
/// </summary>
internal sealed class TestCatalogue
{
    public const string Hub = """
        [
          { "paper": { "id": "1706.03762", "title": "Attention Is All You Need", "summary": "Transformers." } },
          { "paper": { "id": "1512.03385", "title": "Deep Residual Learning for Image Recognition", "summary": "ResNets." } },
          { "paper": { "id": "2005.14165", "title": "Language Models are Few-Shot Learners", "summary": "GPT-3." } },
          { "paper": { "id": "2401.00001", "title": "Caf\u00e9 au lait: \u00fcber Unicode titles", "summary": "Accents." } }
        ]
        """;

    public static readonly ImmutableArray<MetadataReference> References = [.. Basic.Reference.Assemblies.Net100.References.All];

    public static readonly TestCatalogue WithHandles = new(handles: true);

    public static readonly TestCatalogue WithoutHandles = new(handles: false);

    private readonly System.Lazy<IReadOnlyList<(string, string)>> _sources;
    private readonly System.Lazy<MetadataReference> _assembly;

    private TestCatalogue(bool handles)
    {
        _sources = new(() => Generate(handles));
        _assembly = new(() => Compile(Sources));
    }

    /// <summary>The generated sources, as (hint name, text).</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources => _sources.Value;

    /// <summary>The catalogue compiled into an assembly named PaperDataset.</summary>
    public MetadataReference Assembly => _assembly.Value;

    private static IReadOnlyList<(string, string)> Generate(bool handles)
    {
        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var driver = CSharpGeneratorDriver.Create(
            [new PaperCatalogueGenerator().AsSourceGenerator()],
            [new InMemoryText("/hub/list.json", Hub)],
            parseOptions,
            new ScrapeOptions(handles));
        var result = driver.RunGenerators(CSharpCompilation.Create("Empty", [], References)).GetRunResult();
        ThrowIfAny(result.Diagnostics);
        return result.Results.Single().GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())).ToList();
    }

    private static MetadataReference Compile(IReadOnlyList<(string HintName, string Text)> sources)
    {
        var compilation = CSharpCompilation.Create(
            "PaperDataset",
            sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest))),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new System.InvalidOperationException(string.Join("\n", emitted.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static void ThrowIfAny(ImmutableArray<Diagnostic> diagnostics)
    {
        if (!diagnostics.IsEmpty)
        {
            throw new System.InvalidOperationException(string.Join("\n", diagnostics));
        }
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }

    /// <summary>Marks every additional file as a scrape, with the generator's defaults for everything but handles.</summary>
    private sealed class ScrapeOptions(bool handles) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Scrape = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.PaperDatasetScrape"] = "true" });
        private static readonly Options None = new([]);

        public override AnalyzerConfigOptions GlobalOptions { get; } =
            new Options(new Dictionary<string, string> { ["build_property.PaperDatasetEmitHandles"] = handles ? "true" : "false" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Scrape;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
