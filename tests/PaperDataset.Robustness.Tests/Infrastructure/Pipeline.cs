using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using PaperDataset.Generator;
using PaperDataset.Generator.Embedding;
using PaperDataset.Generator.Emitting;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Merging;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading;
using PaperDataset.Sources.Text;
using PaperDataset.Testing;

namespace PaperDataset.Robustness.Tests.Infrastructure;

/// <summary>The merged catalogue as the emitter receives it, and what merging had to say.</summary>
internal sealed record MergeResult(CatalogueSpec Catalogue, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The generator's pure stages called directly: fast enough for thousands of cases per property.</summary>
internal static class Pipeline
{
    public static readonly CatalogueOptions Options = new(CatalogueOptions.DefaultNamespace, CatalogueOptions.DefaultClassName, EmitModel: true, EmitHandles: true);

    public static readonly HashSet<string> KnownIds = DiagnosticDescriptors.All.Select(descriptor => descriptor.Id).ToHashSet();

    public static ReadResult Parse(string text, string path = "/scrapes/page.txt", string? capturedOn = ScrapeDocument.CapturedOnText) =>
        SourceReader.Read(new SourceDocument(path, text, capturedOn));

    /// <summary>Parses one file as the generator would receive it.</summary>
    public static ReadResult ParseFile(string path, string text, string? capturedOn) => SourceReader.Read(new SourceDocument(path, text, capturedOn));

    /// <summary>Reads a file embedded as the package's targets embed it, and finds its strings' bytes.</summary>
    public static EmbeddedScrape Embed(string text, string? capturedOn, string path = "/s/page.txt", string resourceName = "PaperDataset.Scrape:page.txt")
    {
        var source = new ScrapeSource(new SourceDocument(path, text, capturedOn), resourceName);
        return ScrapeEmbedding.Attach(new ReadScrape(source, SourceReader.Read(source.Document)));
    }

    /// <summary>Merges read files (not embedded) with the test options.</summary>
    public static MergeResult Merge(params ReadResult[] reads) =>
        Merge(reads.Select(read => new EmbeddedScrape(read, null, EquatableArray<EntryBytes>.Empty)).ToImmutableArray());

    /// <summary>Files that are not embedded, through every stage: their titles and abstracts are emitted as literals.</summary>
    public static (ImmutableArray<ReadResult> Parsed, MergeResult Merged, IReadOnlyList<GeneratedFile> Files) Run(IEnumerable<SourceDocument> sources) =>
        Run(sources.Select(source => new ScrapeSource(source, null)));

    /// <summary>
    /// Files through every stage as the generator chains them: read, embedded (when a file has a resource name), merged,
    /// emitted. Unguarded, unlike the generator: an exception fails the test with its stack trace, where the generator
    /// would report it as PDS000 (the properties that run the real generator check that no PDS000 appears).
    /// </summary>
    public static (ImmutableArray<ReadResult> Parsed, MergeResult Merged, IReadOnlyList<GeneratedFile> Files) Run(IEnumerable<ScrapeSource> sources)
    {
        var embedded = sources.Select(source => ScrapeEmbedding.Attach(new ReadScrape(source, SourceReader.Read(source.Document)))).ToImmutableArray();
        var merged = Merge(embedded);
        var files = merged.Catalogue.Files.Count == 0 ? [] : CatalogueEmitter.Emit(merged.Catalogue);
        return (embedded.Select(scrape => scrape.Read).ToImmutableArray(), merged, files);
    }

    private static MergeResult Merge(ImmutableArray<EmbeddedScrape> scrapes)
    {
        var merged = CatalogueMerger.Merge(scrapes.Select(scrape => scrape.Read).ToImmutableArray());
        return new MergeResult(CatalogueSpecs.Build(merged, scrapes, Options), merged.Diagnostics);
    }

    /// <summary>Syntax errors in the generated catalogue sources (the model templates are fixed text and checked elsewhere).</summary>
    public static IEnumerable<string> SyntaxErrors(IEnumerable<GeneratedFile> files) =>
        files.Where(file => file.HintName.StartsWith(CatalogueOptions.DefaultClassName, System.StringComparison.Ordinal))
            .SelectMany(file => CSharpSyntaxTree.ParseText(file.Text, GeneratorHarness.ParseOptions).GetDiagnostics()
                .Select(diagnostic => file.HintName + ": " + diagnostic));

    /// <summary>Lines of the text as the parser numbers them (LF, CRLF or CR; a leading BOM is not content).</summary>
    public static List<TextLine> Lines(string text) => TextLines.SplitLines(text);
}
