using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using PaperDataset.Generator;
using PaperDataset.Generator.Emitting;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Merging;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading;
using PaperDataset.Sources.Text;
using PaperDataset.Testing;

namespace PaperDataset.Robustness.Tests.Infrastructure;

/// <summary>
/// The merged catalogue as the emitter receives it (<paramref name="Spec"/>), as the storage is laid out from it
/// (<paramref name="Storage"/>), as the tests look at it, and what merging had to say.
/// </summary>
internal sealed record MergeResult(CatalogueSpec Spec, MergedCatalogue Storage, MergedView Catalogue, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A merged catalogue as the tests compare it: files by name and capture date (not path), papers with their handles.</summary>
internal sealed record MergedView(EquatableArray<MergedFileView> Files, EquatableArray<MergedPaperView> Papers)
{
    public static MergedView Of(MergedCatalogue merged, CatalogueSpec spec) => new(
        merged.Files.Select(file => new MergedFileView(file.FileName, file.CapturedOn)).ToEquatableArray(),
        merged.Papers.Zip(spec.Papers, (paper, handle) => MergedPaperView.Of(paper, handle.HandleName)).ToEquatableArray());
}

internal sealed record MergedFileView(string FileName, CalendarDate? CapturedOn);

/// <summary>One merged paper as the catalogue shows it: facts, handle and where it was seen (file and line, not offsets).</summary>
internal sealed record MergedPaperView(
    string Id,
    string? HandleName,
    bool IdIsTitleSlug,
    string Title,
    string Abstract,
    CalendarDate? PublishedOn,
    int? AuthorCount,
    OrganizationSpec? Organization,
    int? CommentCount,
    EquatableArray<SourceView> Sources,
    HubView Hub)
{
    public static MergedPaperView Of(MergedPaper paper, string? handleName)
    {
        var facts = paper.Facts;
        return new(
            paper.Id,
            handleName,
            paper.IdIsTitleSlug,
            facts.Title,
            facts.Abstract,
            facts.PublishedOn,
            facts.AuthorCount,
            facts.Organization,
            facts.CommentCount,
            paper.Sightings.Select(sighting => new SourceView(sighting.FileIndex, sighting.Line)).ToEquatableArray(),
            new HubView(facts.ArxivId, facts.SubmittedOn, facts.Authors, facts.Upvotes, facts.GitHubRepository, facts.GitHubStars, facts.ProjectPage, facts.Keywords, facts.AiSummary));
    }
}

/// <summary>One place a paper was seen: the file's index in the catalogue and the line of the title.</summary>
internal readonly record struct SourceView(int FileIndex, int Line);

/// <summary>What only the Hub's data shows.</summary>
internal sealed record HubView(
    string? ArxivId,
    CalendarDate? SubmittedOn,
    EquatableArray<AuthorSpec> Authors,
    int? Upvotes,
    string? GitHubRepository,
    int? GitHubStars,
    string? ProjectPage,
    EquatableArray<string> Keywords,
    string? AiSummary);

/// <summary>The generator's pure stages called directly: fast enough for thousands of cases per property.</summary>
internal static class Pipeline
{
    public static readonly CatalogueOptions Options = new(CatalogueOptions.DefaultNamespace, CatalogueOptions.DefaultClassName, EmitModel: true, EmitHandles: true);

    public static readonly HashSet<string> KnownIds = DiagnosticDescriptors.All.Select(descriptor => descriptor.Id).ToHashSet();

    public static ReadResult Parse(string text, string path = "/scrapes/page.txt", string? capturedOn = ScrapeDocument.CapturedOnText) =>
        SourceReader.Read(new SourceDocument(path, text, capturedOn));

    /// <summary>Parses one file as the generator would receive it.</summary>
    public static ReadResult ParseFile(string path, string text, string? capturedOn) => SourceReader.Read(new SourceDocument(path, text, capturedOn));

    /// <summary>Merges read files with the test options.</summary>
    public static MergeResult Merge(params ReadResult[] reads) => Merge([.. reads], Options);

    /// <summary>
    /// Files through every stage as the generator chains them: read, merged, emitted, with the storage in literals or, with
    /// <paramref name="storageResource"/>, read from a resource of that name. Unguarded, unlike the generator: an exception
    /// fails the test with its stack trace, where the generator would report it as PDS000 (the properties that run the
    /// real generator check that no PDS000 appears).
    /// </summary>
    public static (ImmutableArray<ReadResult> Parsed, MergeResult Merged, IReadOnlyList<GeneratedFile> Files) Run(IEnumerable<SourceDocument> sources, string? storageResource = null)
    {
        var reads = sources.Select(source => SourceReader.Read(source)).ToImmutableArray();
        var merged = Merge(reads, Options with { StorageResource = storageResource });
        var files = merged.Spec.FileCount == 0 ? [] : CatalogueEmitter.Emit(merged.Spec);
        return (reads, merged, files);
    }

    private static MergeResult Merge(ImmutableArray<ReadResult> reads, CatalogueOptions options)
    {
        var merged = CatalogueMerger.Merge(reads);
        var spec = CatalogueSpecs.Build(merged, options);
        return new MergeResult(spec, merged, MergedView.Of(merged, spec), merged.Diagnostics);
    }

    /// <summary>Syntax errors in the generated catalogue sources (the model templates are fixed text and checked elsewhere).</summary>
    public static IEnumerable<string> SyntaxErrors(IEnumerable<GeneratedFile> files) =>
        files.Where(file => file.HintName.StartsWith(CatalogueOptions.DefaultClassName, System.StringComparison.Ordinal))
            .SelectMany(file => CSharpSyntaxTree.ParseText(file.Text, GeneratorHarness.ParseOptions).GetDiagnostics()
                .Select(diagnostic => file.HintName + ": " + diagnostic));

    /// <summary>Lines of the text as the parser numbers them (LF, CRLF or CR; a leading BOM is not content).</summary>
    public static List<TextLine> Lines(string text) => TextLines.SplitLines(text);
}
