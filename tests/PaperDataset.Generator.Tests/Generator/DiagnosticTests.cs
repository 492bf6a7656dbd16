using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Testing;
using Shouldly;
using Xunit;
using static PaperDataset.Testing.ScrapeBuilder;

namespace PaperDataset.Generator.Tests.Generator;

/// <summary>Every PDS diagnostic, triggered through the real generator, with its severity and its place in the scrape.</summary>
public class DiagnosticTests
{
    private const string Path = "/scrapes/page.txt";

    private static Diagnostic Single(string id, params Scrape[] scrapes)
    {
        var run = GeneratorHarness.Run(scrapes);
        run.CompilationProblems.ShouldBeEmpty();
        return run.Pds(id).ShouldHaveSingleItem();
    }

    private static void ShouldPointAt(Diagnostic diagnostic, string path, int lineNumber)
    {
        var span = diagnostic.Location.GetLineSpan();
        span.Path.ShouldBe(path);
        (span.StartLinePosition.Line + 1).ShouldBe(lineNumber);
    }

    [Fact]
    public void PDS001_unrecognised_line()
    {
        var diagnostic = Single("PDS001", new Scrape(Path, Page("Nov 7", "T", "A", Authors(1, "Oct 3, 2022"), "·"), "2025-11-07"));

        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage().ShouldContain("Line 21");
        ShouldPointAt(diagnostic, Path, 21);
    }

    [Fact]
    public void PDS002_malformed_meta_block()
    {
        var diagnostic = Single("PDS002", new Scrape(Path, Page("Nov 7", "Title", "A", Authors(1, "Oct 99, 2022")), "2025-11-07"));

        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage().ShouldContain("\"Title\"");
        diagnostic.GetMessage().ShouldContain("Oct 99, 2022");
        ShouldPointAt(diagnostic, Path, 17);
    }

    [Fact]
    public void PDS003_missing_capture_date()
    {
        var diagnostic = Single("PDS003", new Scrape(Path, Page("Nov 7", "T", "A")));

        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage().ShouldContain("page.txt");
        ShouldPointAt(diagnostic, Path, 1);
    }

    [Fact]
    public void PDS004_capture_date_disagrees_with_header()
    {
        var diagnostic = Single("PDS004", new Scrape(Path, Page("Nov 7", "T", "A"), "2025-11-08"));

        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage().ShouldContain("2025-11-08");
        ShouldPointAt(diagnostic, Path, 11);
    }

    [Fact]
    public void PDS005_conflicting_duplicate_is_reported_at_the_older_capture()
    {
        var newer = new Scrape("/s/newer.txt", Page("Nov 7", "T", "A", Authors(3, "Oct 3, 2022 5")), "2025-11-07");
        var older = new Scrape("/s/older.txt", Page("Nov 7", "Intro", "B", "T", "A", Authors(3, "Oct 3, 2022 2")), "2024-11-07");

        var diagnostic = Single("PDS005", newer, older);

        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Info);
        diagnostic.GetMessage().ShouldBe("\"T\" has comment count \"2\" here but \"5\" in newer.txt line 13; the newest capture's value is kept");
        ShouldPointAt(diagnostic, "/s/older.txt", 17);
    }

    [Fact]
    public void PDS006_file_with_no_entries()
    {
        var diagnostic = Single("PDS006", new Scrape(Path, Items(Header) + "\nNov 7\n", "2025-11-07"));

        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        ShouldPointAt(diagnostic, Path, 1);
    }

    [Fact]
    public void PDS007_invalid_capture_date()
    {
        var diagnostic = Single("PDS007", new Scrape(Path, Page("Nov 7", "T", "A"), "7 Nov 2025"));

        diagnostic.GetMessage().ShouldContain("\"7 Nov 2025\"");
        ShouldPointAt(diagnostic, Path, 1);
    }

    [Fact]
    public void PDS008_title_without_abstract()
    {
        var diagnostic = Single("PDS008", new Scrape(Path, Page("Nov 7", "T", "A", "Orphan title"), "2025-11-07"));

        diagnostic.GetMessage().ShouldContain("\"Orphan title\"");
        ShouldPointAt(diagnostic, Path, 17);
    }

    [Fact]
    public void PDS009_id_collision_gives_both_papers_hash_suffixes()
    {
        var run = GeneratorHarness.Run([new Scrape(Path, Page("Nov 7", "Graph: Nets", "A", "Graph Nets!", "B"), "2025-11-07")]);

        var diagnostic = run.Pds("PDS009").ShouldHaveSingleItem();
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Info);
        ShouldPointAt(diagnostic, Path, 17);
        run.LoadPapers().Select(paper => paper.Id).ShouldAllBe(id => id.StartsWith("graph-nets-") && id.Length == "graph-nets-".Length + 8);
    }

    [Fact]
    public void PDS010_no_page_date_header()
    {
        var diagnostic = Single("PDS010", new Scrape(Path, Items("new", "Subscribe", "T", "A"), "2025-11-07"));

        ShouldPointAt(diagnostic, Path, 1);
    }

    [Fact]
    public void PDS011_invalid_build_property_falls_back()
    {
        var run = GeneratorHarness.Run(
            [new Scrape(Path, Page("Nov 7", "T", "A"), "2025-11-07")],
            new Dictionary<string, string> { ["PaperDatasetCatalogueName"] = "Paper", ["PaperDatasetEmitHandles"] = "maybe" });

        run.Pds("PDS011").Select(diagnostic => diagnostic.GetMessage()).ShouldBe(
        [
            "Build property PaperDatasetCatalogueName = \"Paper\" is not usable (not a C# identifier, or the name of a generated type); \"Papers\" is used instead",
            "Build property PaperDatasetEmitHandles = \"maybe\" is not usable (expected true, false or auto); \"auto\" is used instead",
        ]);
        run.CompilationProblems.ShouldBeEmpty();
        run.HintNames.ShouldContain("Papers.Known.g.cs");
    }

    [Theory]
    [InlineData("Storage")]
    [InlineData("Known")]
    [InlineData("PaperStorageLoader")]
    public void PDS011_a_catalogue_name_that_clashes_with_a_generated_type_falls_back(string name)
    {
        var run = GeneratorHarness.Run(
            [new Scrape(Path, Page("Nov 7", "T", "A"), "2025-11-07")],
            new Dictionary<string, string> { ["PaperDatasetCatalogueName"] = name });

        run.Pds("PDS011").ShouldHaveSingleItem();
        run.CompilationProblems.ShouldBeEmpty();
        run.HintNames.ShouldContain("Papers.g.cs");
    }

    [Fact]
    public void PDS014_handles_are_left_out_above_the_limit_unless_asked_for()
    {
        var items = Enumerable.Range(0, CatalogueOptions.HandleLimit + 1).SelectMany(i => new[] { $"Paper number {i}", "An abstract." }).ToArray();
        var scrape = new Scrape(Path, Page("Nov 7", items), "2025-11-07");

        var automatic = GeneratorHarness.Run([scrape]);
        var diagnostic = automatic.Pds("PDS014").ShouldHaveSingleItem();
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Info);
        diagnostic.GetMessage().ShouldBe(
            "Papers.Known is not generated for 5001 papers (more than 5000); set the build property PaperDatasetEmitHandles to true to generate it anyway");
        automatic.HintNames.ShouldNotContain("Papers.Known.g.cs");
        automatic.CompilationProblems.ShouldBeEmpty();

        var forced = GeneratorHarness.Run([scrape], new Dictionary<string, string> { ["PaperDatasetEmitHandles"] = "true" });
        forced.Pds("PDS014").ShouldBeEmpty();
        forced.HintNames.ShouldContain("Papers.Known.g.cs");
    }

    [Fact]
    public void PDS012_skipped_header_line()
    {
        var diagnostic = Single("PDS012", new Scrape(Path, Items("new", "Subscribe", "my query", "Nov 7", "T", "A"), "2025-11-07"));

        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Info);
        diagnostic.GetMessage().ShouldContain("\"my query\"");
        ShouldPointAt(diagnostic, Path, 5);
    }

    [Fact]
    public void PDS000_a_failure_inside_a_step_becomes_a_diagnostic_not_an_exception()
    {
        var result = PaperCatalogueGenerator.Guarded<string>(Path, () => throw new System.InvalidOperationException("boom"), info => info.Id + ":" + string.Join("|", info.MessageArgs));

        result.ShouldBe("PDS000:" + Path + "|InvalidOperationException: boom");
        Should.Throw<System.OperationCanceledException>(() =>
            PaperCatalogueGenerator.Guarded<string>(Path, () => throw new System.OperationCanceledException(), _ => "swallowed"));
    }

    [Fact]
    public void The_rest_still_generates_when_one_file_is_bad()
    {
        var run = GeneratorHarness.Run(
        [
            new Scrape("/s/good.txt", Page("Nov 7", "Good", "A"), "2025-11-07"),
            new Scrape("/s/bad.txt", "\0\uD800garbage\n·\n  • x authors\n", "not a date"),
        ]);

        run.CompilationProblems.ShouldBeEmpty();
        run.LoadPapers().Select(paper => paper.Title).ShouldContain("Good");
        run.Diagnostics.ShouldAllBe(diagnostic => diagnostic.Id.StartsWith("PDS") && diagnostic.Id != "PDS000");
    }
}
