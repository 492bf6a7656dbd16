using System.Collections.Generic;
using System.Linq;
using CsCheck;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Storage;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Properties;

/// <summary>
/// Property 1: any input completes, and every problem is a PDS diagnostic. The pure stages are called unguarded, so
/// "completes" means no exception (which the generator would report as PDS000); the real generator is checked for no
/// PDS000 and no CS8785.
/// </summary>
public class NeverThrowsTests
{
    // Half the runs keep the storage in a resource, so its fingerprint is computed too; the storage is laid out in both.
    private static readonly Gen<(SourceDocument[] Documents, bool InResource)> Files =
        Gen.Select(
            Gen.Select(TextGen.Any, TextGen.CaptureDate, Gen.OneOf("/s/a.txt", "C:\\s\\b.txt", "c.txt", "/s/x/a.txt", ""), (text, date, path) => new SourceDocument(path, text, date)).Array[1, 3],
            Gen.Bool);

    [Fact]
    public void Parser_merger_and_emitter_complete_on_any_text_with_well_formed_diagnostics()
    {
        Property.Check("never-throws/pipeline", Files, 3000, testCase =>
        {
            // Unguarded: an exception fails the property with its stack trace, where the generator would say PDS000.
            var (sources, inResource) = testCase;
            var (parsed, merged, files) = Pipeline.Run(sources, inResource ? GeneratorHarness.StorageResourceName : null);
            _ = CatalogueStorage.Build(merged.Storage);

            foreach (var (scrape, source) in parsed.Zip(sources))
            {
                var lineCount = Pipeline.Lines(source.Text).Count;
                foreach (var diagnostic in scrape.Diagnostics)
                {
                    ShouldBeWellFormed(diagnostic, source.Text, lineCount);
                }
            }

            merged.Diagnostics.ShouldAllBe(diagnostic => Pipeline.KnownIds.Contains(diagnostic.Id));
            Pipeline.SyntaxErrors(files).ShouldBeEmpty();
        }, Print);
    }

    [Fact]
    [Trait("Category", "Compile")]
    public void The_real_generator_never_fails_and_its_output_compiles_cleanly()
    {
        var gen = Gen.Select(TextGen.Any.Array[2, 4], ScrapeDocument.Gen(10), (texts, document) =>
            texts.Select((text, i) => new Scrape($"/s/junk{i}.txt", text, ScrapeDocument.CapturedOnText))
                .Append(new Scrape("/s/good.txt", document.Text, ScrapeDocument.CapturedOnText)).ToArray());

        Property.Check("never-throws/generator", gen, 12, scrapes =>
        {
            var run = GeneratorHarness.Run(scrapes);

            run.GeneratorDiagnostics.ShouldAllBe(diagnostic => diagnostic.Id.StartsWith("PDS") && diagnostic.Id != "PDS000");
            run.Diagnostics.ShouldAllBe(diagnostic => diagnostic.Id != "PDS000");
            run.CompilationProblems.ShouldBeEmpty();
            run.LoadPapers().Count.ShouldBeGreaterThan(0);
        }, scrapes => string.Join("\n---\n", scrapes.Select(scrape => Shorten(scrape.Text))));
    }

    [Theory]
    [InlineData(0, 1, "")]
    [InlineData(1, 0, "PDS001,PDS008,PDS006")] // the refused title, then "Abstract" taken for a title without abstract, then no paper
    [InlineData(2, 20_000, "")]
    public void Huge_lines_and_huge_files_complete_with_their_papers_or_a_short_diagnostic(int shape, int papers, string diagnosticIds)
    {
        var text = shape switch
        {
            0 => ScrapeBuilder.Page("Nov 7", "Title", new string('a', 2_000_000)),
            1 => ScrapeBuilder.Page("Nov 7", new string('t', 1_000_000), "Abstract"),
            _ => ScrapeBuilder.Page("Nov 7", Enumerable.Range(0, 20_000).SelectMany(i => new[] { "T" + i, "A" + i }).ToArray()),
        };

        var (parsed, merged, files) = Pipeline.Run([new SourceDocument("/s/huge.txt", text, ScrapeDocument.CapturedOnText)]);

        parsed[0].Diagnostics.ShouldAllBe(diagnostic => diagnostic.MessageArgs.All(argument => argument.Length <= 600));
        string.Join(",", parsed[0].Diagnostics.Select(diagnostic => diagnostic.Id)).ShouldBe(diagnosticIds);
        merged.Catalogue.Papers.Count.ShouldBe(papers);
        Pipeline.SyntaxErrors(files).ShouldBeEmpty();
    }

    private static void ShouldBeWellFormed(DiagnosticInfo diagnostic, string text, int lineCount)
    {
        Pipeline.KnownIds.ShouldContain(diagnostic.Id);
        var position = diagnostic.Position;
        position.Start.ShouldBeInRange(0, text.Length);
        (position.Start + position.Length).ShouldBeLessThanOrEqualTo(text.Length);
        position.Line.ShouldBeInRange(0, System.Math.Max(0, lineCount - 1));
        diagnostic.MessageArgs.ShouldAllBe(argument => argument != null && argument.Length <= 600);
    }

    private static string Print((SourceDocument[] Documents, bool InResource) testCase) =>
        (testCase.InResource ? "storage in a resource\n" : string.Empty)
        + string.Join("\n---\n", testCase.Documents.Select(source => $"{source.Path} [{source.CapturedOn}]\n{Shorten(source.Text)}"));

    private static string Shorten(string text) => text.Length <= 600 ? text : text.Substring(0, 600) + "…";
}
