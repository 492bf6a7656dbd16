using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Testing;
using PaperDataset.Storage;
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
        var items = Enumerable.Range(0, KnownHandles.Limit + 1).SelectMany(i => new[] { $"Paper number {i}", "An abstract." }).ToArray();
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
    public void PDS013_a_file_in_no_format_the_generator_reads_is_an_error_at_that_file_and_the_rest_still_generates()
    {
        var run = GeneratorHarness.Run(
        [
            new Scrape("/s/good.txt", Page("Nov 7", "Good", "A"), "2025-11-07"),
            new Scrape("/s/browser.txt", "[1]Hugging Face\n[2]Models [3]Datasets\n\nSome text\n", "2025-11-07"),
        ]);

        var diagnostic = run.Pds("PDS013").ShouldHaveSingleItem();
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        ShouldPointAt(diagnostic, "/s/browser.txt", 1);
        diagnostic.GetMessage().ShouldEndWith(
            "No papers were read from it: copy the page from a browser as plain text or save the Hub's JSON instead, leave it out of AdditionalFiles, "
            + "or set dotnet_diagnostic.PDS013.severity = warning in a .globalconfig to build without its papers.");
        run.LoadPapers().Select(paper => paper.Title).ShouldBe(["Good"]);
    }

    [Fact]
    public void PDS016_a_truncated_JSON_file_is_an_error_at_the_cut_whose_message_says_how_to_go_on()
    {
        var run = GeneratorHarness.Run([new Scrape("/api/cut.json", "[{\"paper\": {\"id\": \"2401.00001\", \"title\": \"A\", \"summary\": \"B\"")]);

        var diagnostic = run.Pds("PDS016").ShouldHaveSingleItem();
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        ShouldPointAt(diagnostic, "/api/cut.json", 1);
        diagnostic.GetMessage().ShouldBe(
            "'cut.json' is not valid JSON at line 1, column 61: Expected depth to be zero at the end of the JSON payload. "
            + "There is an open JSON object or array that should be closed. No papers were read from it: fix the file (a download cut short is the usual cause: "
            + "fetch it again), leave it out of AdditionalFiles, or set dotnet_diagnostic.PDS016.severity = warning in a .globalconfig to build without its papers.");
    }

    [Fact]
    public void PDS017_JSON_in_which_nothing_is_a_paper_is_an_error_PDS023_a_few_strays_among_papers_a_warning()
    {
        const string Paper = "{\"paper\": {\"id\": \"2401.00001\", \"title\": \"A Title\", \"summary\": \"An abstract.\"}}";
        var none = GeneratorHarness.Run([new Scrape("/api/none.json", "[\"a\",\n 42]")]);
        var some = GeneratorHarness.Run([new Scrape("/api/some.json", "[" + Paper + ",\n \"stray\"]")]);

        var error = none.Pds("PDS017").ShouldHaveSingleItem();
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        error.GetMessage().ShouldStartWith("None of the 2 values in 'none.json' is a Hub paper object (the first, at line 1, is the string \"a\"). No papers were read from it: ");
        none.Pds("PDS023").ShouldBeEmpty();

        var warning = some.Pds("PDS023").ShouldHaveSingleItem();
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.GetMessage().ShouldBe("1 of the 2 values in 'some.json' are not Hub paper objects (the first, at line 2, is the string \"stray\"); they were skipped and the others read");
        ShouldPointAt(warning, "/api/some.json", 2);
        some.Pds("PDS017").ShouldBeEmpty();
        some.LoadPapers().Select(paper => paper.Title).ShouldBe(["A Title"]);
    }

    [Fact]
    public void PDS020_a_page_without_the_Daily_Papers_list_is_an_error()
    {
        var diagnostic = Single("PDS020", new Scrape("/s/page.html", "<!doctype html>\n<html><body><h1>Models</h1></body></html>\n"));

        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        ShouldPointAt(diagnostic, "/s/page.html", 1);
        diagnostic.GetMessage().ShouldContain("save the huggingface.co/papers page whole, leave it out of AdditionalFiles, or set dotnet_diagnostic.PDS020.severity = warning");
    }

    [Fact]
    public void PDS022_no_AdditionalFiles_at_all_shows_the_line_to_add()
    {
        var run = GeneratorHarness.Run([]);

        var diagnostic = run.Pds("PDS022").ShouldHaveSingleItem();
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.Location.ShouldBe(Location.None);
        diagnostic.GetMessage().ShouldBe(
            "The PaperDataset generator is referenced but no AdditionalFiles item has PaperDatasetScrape=\"true\", so no catalogue is generated. "
            + "Mark the files to read, for instance: <AdditionalFiles Include=\"papers/*.json\" PaperDatasetScrape=\"true\" />.");
        run.Diagnostics.ShouldHaveSingleItem();
    }

    [Fact]
    public void PDS022_names_the_unmarked_files_that_look_like_sources_relative_to_the_project_and_a_wildcard_for_them()
    {
        var run = GeneratorHarness.Run(
            [
                new Scrape("/project/papers/2025-03-18.json", "[]", IsScrape: false),
                new Scrape("/project/papers/2025-03-17.json", "[]", IsScrape: false),
                new Scrape("/project/stylecop.ruleset", "<RuleSet />", IsScrape: false),
            ],
            new Dictionary<string, string> { ["ProjectDir"] = "/project/" });

        run.Pds("PDS022").ShouldHaveSingleItem().GetMessage().ShouldBe(
            "The PaperDataset generator is referenced but no AdditionalFiles item has PaperDatasetScrape=\"true\", so no catalogue is generated "
            + "(AdditionalFiles that look like papers sources: papers/2025-03-17.json, papers/2025-03-18.json). "
            + "Mark the files to read, for instance: <AdditionalFiles Include=\"papers/*.json\" PaperDatasetScrape=\"true\" />.");
    }

    [Theory]
    [InlineData("/elsewhere/notes.md", "/elsewhere/notes.md", "/elsewhere/notes.md")]
    [InlineData("/project/a.txt;/project/b/c.html", "a.txt, b/c.html", "a.txt")]
    [InlineData("/project/1.txt;/project/2.txt;/project/3.txt;/project/4.txt;/project/5.txt;/project/6.txt;/project/7.txt", "1.txt, 2.txt, 3.txt, 4.txt, 5.txt and 2 more", "*.txt")]
    public void PDS022_names_at_most_five_files_and_suggests_one_file_unless_a_wildcard_covers_them_all(string paths, string named, string include)
    {
        var run = GeneratorHarness.Run(
            paths.Split(';').Select(path => new Scrape(path, "text", IsScrape: false)),
            new Dictionary<string, string> { ["ProjectDir"] = "/project" });

        var message = run.Pds("PDS022").ShouldHaveSingleItem().GetMessage();
        message.ShouldContain($"(AdditionalFiles that look like papers sources: {named}).", Case.Sensitive);
        message.ShouldContain($"<AdditionalFiles Include=\"{include}\" PaperDatasetScrape=\"true\" />", Case.Sensitive);
    }

    [Fact]
    public void PDS022_is_not_reported_once_one_file_is_marked()
    {
        var run = GeneratorHarness.Run(
        [
            new Scrape("/s/marked.txt", Page("Nov 7", "T", "A"), "2025-11-07"),
            new Scrape("/s/unmarked.json", "[]", IsScrape: false),
        ]);

        run.Pds("PDS022").ShouldBeEmpty();
        run.Diagnostics.ShouldBeEmpty();
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
