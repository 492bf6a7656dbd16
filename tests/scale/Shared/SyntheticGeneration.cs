using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PaperDataset.Synthetic;

namespace PaperDataset.Scale;

/// <summary>
/// Runs the public PaperCatalogueGenerator over a synthetic corpus through a CSharpGeneratorDriver, as the compiler and
/// the IDE do: scrapes as AdditionalFiles with per-file capture dates, build properties as global options.
/// Shared (linked) by tests/PaperDataset.Scale.Tests and tests/PaperDataset.Benchmarks.
/// </summary>
internal static class SyntheticGeneration
{
    public static readonly CSharpParseOptions ParseOptions =
        CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest).WithDocumentationMode(DocumentationMode.Diagnose);

    /// <summary>One file per 100 papers, at least 5: the same shape tests/scale/run.sh builds.</summary>
    public static int DefaultFileCount(int papers) => Math.Max(5, papers / 100);

    public static SyntheticCorpus Corpus(int papers, long seed = 1) =>
        SyntheticScrapeWriter.Create(new SyntheticCorpusOptions(papers, DefaultFileCount(papers), seed));

    /// <summary>The same papers as Hub daily-papers JSON, 50 items a day: the shape tests/scale/run.sh json builds.</summary>
    public static SyntheticCorpus JsonCorpus(int papers, long seed = 1) =>
        SyntheticJsonWriter.Create(new SyntheticCorpusOptions(papers, Math.Max(1, papers / SyntheticJsonWriter.ItemsPerDay), seed));

    /// <summary>The corpus' files as additional texts; each text's SourceText is made once, as a build reads a file once.</summary>
    public static ImmutableArray<AdditionalText> Texts(SyntheticCorpus corpus) =>
        corpus.Files.Select(file => (AdditionalText)new ScrapeText(
            "/synthetic/" + file.FileName,
            SourceText.From(file.Text, Encoding.UTF8),
            file.CapturedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
        .ToImmutableArray();

    /// <summary>The build properties the package's targets give the generator when its build task writes the storage resource.</summary>
    public static readonly IReadOnlyDictionary<string, string> PackageProperties = new Dictionary<string, string> { ["PaperDatasetStorageResource"] = "PaperDataset.Catalogue" };

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/src/User{i}.cs")),
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));

    public static GeneratorDriver Driver(
        IIncrementalGenerator generator, ImmutableArray<AdditionalText> texts, IReadOnlyDictionary<string, string>? properties = null, bool trackSteps = true, CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            texts,
            parseOptions ?? ParseOptions,
            new OptionsProvider(properties ?? PackageProperties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>A scrape file in memory, with its capture date as item metadata.</summary>
    public sealed class ScrapeText(string path, SourceText text, string capturedOn) : AdditionalText
    {
        public override string Path { get; } = path;

        public string CapturedOn { get; } = capturedOn;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class OptionsProvider(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } =
            new DictionaryOptions(properties.ToDictionary(pair => "build_property." + pair.Key, pair => pair.Value));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        {
            if (textFile is not ScrapeText scrape)
            {
                return DictionaryOptions.Empty;
            }

            return new DictionaryOptions(new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.PaperDatasetScrape"] = "true",
                ["build_metadata.AdditionalFiles.PaperDatasetCapturedOn"] = scrape.CapturedOn,
            });
        }
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new([]);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
