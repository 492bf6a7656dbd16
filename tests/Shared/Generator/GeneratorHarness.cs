using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PaperDataset.Generator;
using PaperDataset.Storage;

// Compiled into each test project that runs the generator (linked, not referenced), hence internal.
namespace PaperDataset.Testing;

/// <summary>
/// A file handed to the generator in memory, with the item metadata its build item would carry: a source, another
/// AdditionalFile (<paramref name="IsScrape"/> false), or the build task's catalogue summary (<paramref name="IsSummary"/>).
/// </summary>
internal sealed record Scrape(string Path, string Text, string? CapturedOn = null, bool IsScrape = true, bool IsSummary = false);

/// <summary>Runs the real generator through a CSharpGeneratorDriver, as the compiler would.</summary>
internal static class GeneratorHarness
{
    /// <summary>The resource name the package's targets give the catalogue's storage.</summary>
    public const string StorageResourceName = "PaperDataset.Catalogue";

    /// <summary>The build properties of a build whose task writes the storage to a resource, as the package's targets set them.</summary>
    public static readonly IReadOnlyDictionary<string, string> ResourceStorage = new Dictionary<string, string> { ["PaperDatasetStorageResource"] = StorageResourceName };

    public static readonly CSharpParseOptions ParseOptions =
        CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest).WithDocumentationMode(DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IEnumerable<Scrape> scrapes, IReadOnlyDictionary<string, string>? properties = null) =>
        CreateDriver(scrapes.Select(scrape => new InMemoryAdditionalText(scrape)).ToImmutableArray(), properties);

    public static GeneratorDriver CreateDriver(ImmutableArray<InMemoryAdditionalText> texts, IReadOnlyDictionary<string, string>? properties = null)
    {
        return CSharpGeneratorDriver.Create(
            [new PaperCatalogueGenerator().AsSourceGenerator()],
            texts.CastArray<AdditionalText>(),
            ParseOptions,
            new OptionsProvider(properties ?? new Dictionary<string, string>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator once and compiles its output with the consumer sources.</summary>
    public static GeneratorRun Run(IEnumerable<Scrape> scrapes, IReadOnlyDictionary<string, string>? properties = null, params string[] consumerSources)
    {
        var driver = CreateDriver(scrapes, properties).RunGeneratorsAndUpdateCompilation(
            CreateCompilation(consumerSources), out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver.GetRunResult(), (CSharpCompilation)output, generatorDiagnostics, scrapes.ToList(), properties?.ContainsKey("PaperDatasetStorageResource") == true);
    }

    /// <summary>
    /// The bundled data as the library configures it: the text copies of data/ with their capture dates, and the Hub
    /// files of data/hub, which carry their own dates.
    /// </summary>
    public static IReadOnlyList<Scrape> Bundled() =>
    [
        .. BundledScrapes.Files.Select((file, i) => new Scrape(BundledScrapes.PathOf(file.Name), BundledScrapes.Text(i), file.CapturedOn)),
        .. Directory.GetFiles(HubFiles.Bundled).Order(StringComparer.Ordinal).Select(path => new Scrape(path, File.ReadAllText(path), null)),
    ];

    /// <summary>
    /// The catalogue summary the package's build task writes for the sources among <paramref name="scrapes"/> (with the
    /// build's <paramref name="emitHandles"/>), as the AdditionalFile its targets add.
    /// </summary>
    public static Scrape TaskSummary(IEnumerable<Scrape> scrapes, bool? emitHandles = null) =>
        new("/obj/PaperDataset.Catalogue.summary", SummaryText(TaskBuild(scrapes, emitHandles).Summary), IsScrape: false, IsSummary: true);

    /// <summary>The text of the summary file the build task writes.</summary>
    public static string SummaryText(CatalogueSummary summary)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        CatalogueSummaryFormat.Write(summary, text);
        return text.ToString();
    }

    /// <summary>What the package's build task makes of the sources among <paramref name="scrapes"/> (its code: <see cref="CatalogueStorageBuilder"/>).</summary>
    public static CatalogueBuild TaskBuild(IEnumerable<Scrape> scrapes, bool? emitHandles = null) =>
        CatalogueStorageBuilder.Build(
            scrapes.Where(scrape => scrape.IsScrape).Select(scrape => new StorageSource(scrape.Path, scrape.CapturedOn, PaperDataset.Sources.Model.SourceFormat.Auto, () => scrape.Text)),
            emitHandles);

    /// <summary>The bytes of the storage resource the build task writes for <paramref name="image"/>.</summary>
    public static byte[] ResourceBytes(StorageImage image, ulong fingerprint)
    {
        using var bytes = new MemoryStream();
        StorageResourceFormat.Write(bytes, image, fingerprint);
        return bytes.ToArray();
    }

    /// <summary>A scrape as the driver sees it; keep the instance to replace it later with ReplaceAdditionalText.</summary>
    public sealed class InMemoryAdditionalText(Scrape scrape) : AdditionalText
    {
        private int _reads;

        public Scrape Scrape { get; } = scrape;

        public override string Path => Scrape.Path;

        /// <summary>How many times the generator asked for the text.</summary>
        public int Reads => Volatile.Read(ref _reads);

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _reads);
            return SourceText.From(Scrape.Text, Encoding.UTF8);
        }
    }

    private sealed class OptionsProvider(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } =
            new DictionaryOptions(properties.ToDictionary(pair => "build_property." + pair.Key, pair => pair.Value));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        {
            var scrape = ((InMemoryAdditionalText)textFile).Scrape;
            var values = new Dictionary<string, string>();
            if (scrape.IsScrape)
            {
                values["build_metadata.AdditionalFiles.PaperDatasetScrape"] = "true";
            }

            if (scrape.IsSummary)
            {
                values["build_metadata.AdditionalFiles.PaperDatasetCatalogueSummary"] = "true";
            }

            if (scrape.CapturedOn is not null)
            {
                values["build_metadata.AdditionalFiles.PaperDatasetCapturedOn"] = scrape.CapturedOn;
            }

            return new DictionaryOptions(values);
        }
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new([]);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

/// <summary>
/// The outcome of one generator run: generated sources, diagnostics, and the compilation with them; with
/// <paramref name="StorageInResource"/>, the storage the build task would write belongs in the assembly too.
/// </summary>
internal sealed record GeneratorRun(
    GeneratorDriverRunResult Result, CSharpCompilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics, IReadOnlyList<Scrape> Scrapes, bool StorageInResource)
{
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    public IEnumerable<Diagnostic> Pds(string id) => Result.Diagnostics.Where(diagnostic => diagnostic.Id == id);

    public string Source(string hintName) =>
        Result.Results.Single().GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();

    public IReadOnlyList<string> HintNames => Result.Results.Single().GeneratedSources.Select(source => source.HintName).ToList();

    /// <summary>Errors and warnings of the compilation that includes the generated code.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems =>
        Compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>The storage resource the package's build task writes for these files (its code: <see cref="CatalogueStorageBuilder"/>).</summary>
    public byte[] StorageResource()
    {
        var (image, fingerprint, _) = GeneratorHarness.TaskBuild(Scrapes);
        return GeneratorHarness.ResourceBytes(image, fingerprint);
    }

    /// <summary>
    /// Emits the compilation (with the storage resource, when the run has one: <paramref name="storage"/>, else what the
    /// build task writes), loads it in a collectible context and reads every paper back by reflection.
    /// </summary>
    public IReadOnlyList<LoadedPaper> LoadPapers(string typeName = "PaperDataset.Generated.Papers", byte[]? storage = null) =>
        WithCatalogue(
            type => ((System.Collections.IEnumerable)type.GetProperty("All")!.GetValue(null)!).Cast<object>().Select(LoadedPaper.From).ToList(),
            typeName,
            StorageInResource ? storage ?? StorageResource() : null);

    /// <summary>Emits the compilation with <paramref name="storage"/> as its storage resource (none when null), loads it in a collectible context and uses the catalogue type.</summary>
    public T WithCatalogue<T>(Func<Type, T> use, string typeName, byte[]? storage)
    {
        using var stream = new MemoryStream();
        var resources = storage is null ? [] : new[] { new ResourceDescription(GeneratorHarness.StorageResourceName, () => new MemoryStream(storage), isPublic: true) };
        var emit = Compilation.Emit(stream, manifestResources: resources, cancellationToken: Xunit.TestContext.Current.CancellationToken);
        if (!emit.Success)
        {
            throw new InvalidOperationException(string.Join("\n", emit.Diagnostics));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("generated", isCollectible: true);
        try
        {
            return use(context.LoadFromStream(stream).GetType(typeName, throwOnError: true)!);
        }
        finally
        {
            context.Unload();
        }
    }
}

/// <summary>A generated paper read back by reflection, as plain values.</summary>
internal sealed record LoadedPaper(
    string Id, string Title, string Abstract, DateOnly? PublishedOn, int? AuthorCount, string? Organization, int? CommentCount, string Sources, string Hub)
{
    public static LoadedPaper From(object paper)
    {
        object? Get(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target);
        var organization = Get(paper, "Organization");
        var sources = ((System.Collections.IEnumerable)Get(paper, "Sources")!).Cast<object>()
            .Select(source => $"{Get(source, "FileName")}:{Get(source, "Line")}:{(DateOnly?)Get(source, "CapturedOn"):yyyy-MM-dd}");
        return new LoadedPaper(
            Get(paper, "Id")!.ToString()!,
            (string)Get(paper, "Title")!,
            (string)Get(paper, "Abstract")!,
            (DateOnly?)Get(paper, "PublishedOn"),
            (int?)Get(paper, "AuthorCount"),
            organization is null ? null : $"{Get(organization, "Handle")}|{Get(organization, "Name")}",
            (int?)Get(paper, "CommentCount"),
            string.Join(", ", sources),
            HubFacts(paper, Get));
    }

    /// <summary>The Hub's facts of a paper in one line: arXiv id, submitted day, authors (name/user), upvotes, links, keywords, AI summary.</summary>
    private static string HubFacts(object paper, Func<object, string, object?> get)
    {
        var authors = ((System.Collections.IEnumerable)get(paper, "Authors")!).Cast<object>().Select(author => $"{get(author, "Name")}/{get(author, "HuggingFaceUser")}");
        var keywords = ((System.Collections.IEnumerable)get(paper, "Keywords")!).Cast<object>();
        return string.Join(
            "|",
            get(paper, "ArxivId"),
            ((DateOnly?)get(paper, "SubmittedOn"))?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            string.Join(";", authors),
            get(paper, "Upvotes"),
            get(paper, "GitHubRepository"),
            get(paper, "GitHubStars"),
            get(paper, "ProjectPage"),
            string.Join(";", keywords),
            get(paper, "AiSummary"));
    }
}
