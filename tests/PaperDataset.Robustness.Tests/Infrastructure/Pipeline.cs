using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using PaperDataset.Generator;
using PaperDataset.Generator.Emitting;
using PaperDataset.Generator.Merging;
using PaperDataset.Generator.Model;
using PaperDataset.Generator.Parsing;

namespace PaperDataset.Robustness.Tests.Infrastructure;

/// <summary>The generator's pure stages called directly: fast enough for thousands of cases per property.</summary>
internal static class Pipeline
{
    public static readonly CatalogueOptions Options = new(CatalogueOptions.DefaultNamespace, CatalogueOptions.DefaultClassName, EmitModel: true, EmitHandles: true);

    public static readonly HashSet<string> KnownIds = DiagnosticDescriptors.All.Select(descriptor => descriptor.Id).ToHashSet();

    public static ParsedScrape Parse(string text, string path = "/scrapes/page.txt", string? capturedOn = ScrapeDocument.CapturedOnText) =>
        ScrapeParser.Parse(new ScrapeSource(path, text, capturedOn));

    /// <summary>Parses one file as the generator would receive it.</summary>
    public static ParsedScrape ParseFile(string path, string text, string? capturedOn) => ScrapeParser.Parse(new ScrapeSource(path, text, capturedOn));

    /// <summary>Merges parsed files with the test options.</summary>
    public static MergeResult Merge(params ParsedScrape[] scrapes) => CatalogueMerger.Merge(scrapes.ToImmutableArray(), Options);

    public static (ImmutableArray<ParsedScrape> Parsed, MergeResult Merged, IReadOnlyList<GeneratedFile> Files) Run(IEnumerable<ScrapeSource> sources)
    {
        var parsed = sources.Select(source => ScrapeParser.Parse(source)).ToImmutableArray();
        var merged = CatalogueMerger.Merge(parsed, Options);
        var files = merged.Catalogue.Files.Count == 0 ? [] : CatalogueEmitter.Emit(merged.Catalogue);
        return (parsed, merged, files);
    }

    /// <summary>Syntax errors in the generated catalogue sources (the model templates are fixed text and checked elsewhere).</summary>
    public static IEnumerable<string> SyntaxErrors(IEnumerable<GeneratedFile> files) =>
        files.Where(file => file.HintName.StartsWith(CatalogueOptions.DefaultClassName, System.StringComparison.Ordinal))
            .SelectMany(file => CSharpSyntaxTree.ParseText(file.Text, Generator.Tests.Infrastructure.GeneratorHarness.ParseOptions).GetDiagnostics()
                .Select(diagnostic => file.HintName + ": " + diagnostic));

    /// <summary>Lines of the text as the parser numbers them (LF, CRLF or CR; a leading BOM is not content).</summary>
    public static List<ScrapeLine> Lines(string text) => ScrapeText.SplitLines(text);
}
