using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PaperDataset.Storage;
using PaperDataset.Testing;
using Shouldly;
using Xunit;
using static PaperDataset.Testing.ScrapeBuilder;

namespace PaperDataset.Generator.Tests.Generator;

/// <summary>
/// The build task's catalogue summary: with it, the generator reads no source and emits and reports exactly what reading
/// the sources gives; a summary it cannot use (of other files, cut short, without what the handles quote, or in a build
/// without the resource) is set aside and the sources are read.
/// </summary>
public class CatalogueSummaryTests
{
    // Warnings from reading (a title without an abstract, a JSON item that is no paper) and from merging (a conflicting duplicate).
    private static readonly Scrape[] Sources =
    [
        .. GeneratorHarness.Bundled(),
        new("/s/newer.txt", Page("Nov 7", "T", "A", Authors(3, "Oct 3, 2022 5")), "2025-11-07"),
        new("/s/older.txt", Page("Nov 7", "Intro", "B", "T", "A", Authors(3, "Oct 3, 2022 2"), "Stray \\ line \ud800 with a lone surrogate"), "2024-11-07"),
        new("/s/daily_papers_2025-11-05.json", """[{"paper": {"id": "2511.00001", "title": "A \ud800 title", "summary": "S."}}, 5]"""),
    ];

    private static (GeneratorRun Run, ImmutableArray<GeneratorHarness.InMemoryAdditionalText> Texts) RunOn(IEnumerable<Scrape> scrapes, IReadOnlyDictionary<string, string>? properties = null)
    {
        var texts = scrapes.Select(scrape => new GeneratorHarness.InMemoryAdditionalText(scrape)).ToImmutableArray();
        var driver = GeneratorHarness.CreateDriver(texts, properties ?? GeneratorHarness.ResourceStorage)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out var diagnostics, TestContext.Current.CancellationToken);
        var inResource = (properties ?? GeneratorHarness.ResourceStorage).ContainsKey("PaperDatasetStorageResource");
        return (new GeneratorRun(driver.GetRunResult(), (Microsoft.CodeAnalysis.CSharp.CSharpCompilation)output, diagnostics, [.. scrapes], inResource), texts);
    }

    private static int SourceReads(ImmutableArray<GeneratorHarness.InMemoryAdditionalText> texts) =>
        texts.Where(text => text.Scrape.IsScrape).Sum(text => text.Reads);

    private static void ShouldEmitAndReportTheSame(GeneratorRun actual, GeneratorRun expected)
    {
        actual.HintNames.ShouldBe(expected.HintNames);
        foreach (var hintName in expected.HintNames)
        {
            actual.Source(hintName).ShouldBe(expected.Source(hintName), hintName);
        }

        Reported(actual).ShouldBe(Reported(expected));
    }

    private static IEnumerable<string> Reported(GeneratorRun run) =>
        run.Diagnostics.Where(diagnostic => diagnostic.Id != "PDS024").Select(diagnostic => $"{diagnostic.Id} {diagnostic.Severity} {diagnostic.Location.GetLineSpan()} {diagnostic.Location.SourceSpan} {diagnostic.GetMessage()}").Order();

    [Fact]
    public void With_the_summary_no_source_is_read_and_the_sources_and_diagnostics_are_those_of_reading()
    {
        var (reading, readingTexts) = RunOn(Sources);

        var (summarised, texts) = RunOn([.. Sources, GeneratorHarness.TaskSummary(Sources)]);

        SourceReads(readingTexts).ShouldBe(Sources.Length);
        SourceReads(texts).ShouldBe(0);
        ShouldEmitAndReportTheSame(summarised, reading);
        summarised.Diagnostics.Select(diagnostic => diagnostic.Id).Distinct().Order().ShouldBe(["PDS005", "PDS008", "PDS023"]);
        summarised.HintNames.ShouldContain("Papers.Known.g.cs");
        summarised.CompilationProblems.ShouldBeEmpty();
        summarised.LoadPapers().ShouldBe(reading.LoadPapers());
    }

    [Fact]
    public void A_summary_is_taken_when_the_compiler_keeps_the_dot_dot_segments_MSBuild_resolved_and_reports_at_the_compilers_paths()
    {
        // A project's `../../data/*.json` items: MSBuild's FullPath resolves the segments, the compiler keeps them.
        var compilerPaths = Sources.Select(source => source with { Path = "/repo/src/lib/../.." + source.Path }).ToArray();
        var (reading, _) = RunOn(compilerPaths);

        var (summarised, texts) = RunOn([.. compilerPaths, GeneratorHarness.TaskSummary(Sources.Select(source => source with { Path = "/repo" + source.Path }))]);

        SourceReads(texts).ShouldBe(0);
        ShouldEmitAndReportTheSame(summarised, reading);
        summarised.Diagnostics.Where(diagnostic => diagnostic.Location.IsInSource || diagnostic.Location.Kind == LocationKind.ExternalFile)
            .ShouldAllBe(diagnostic => diagnostic.Location.GetLineSpan().Path.StartsWith("/repo/src/lib/../../", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/repo/src/lib/../../data/a.json", "/repo/data/a.json")]
    [InlineData("/repo/./data//a.json", "/repo/data/a.json")]
    [InlineData(@"C:\repo\src\..\data\a.json", "C:/repo/data/a.json")]
    [InlineData("/../a.json", "/a.json")]
    [InlineData("data/../../a.json", "../a.json")]
    public void A_path_key_resolves_dot_segments_and_separators_without_the_file_system(string path, string key) =>
        SummarySource.PathKey(path).ShouldBe(key);

    [Fact]
    public void Without_handles_the_summary_quotes_no_abstract_and_still_gives_the_same_sources()
    {
        var noHandles = new Dictionary<string, string>(GeneratorHarness.ResourceStorage) { ["PaperDatasetEmitHandles"] = "false" };
        var summary = GeneratorHarness.TaskSummary(Sources, emitHandles: false);
        var (reading, _) = RunOn(Sources, noHandles);

        var (summarised, texts) = RunOn([.. Sources, summary], noHandles);

        CatalogueSummaryFormat.TryRead(summary.Text)!.Papers.ShouldAllBe(paper => paper.AbstractExcerpt.Length == 0);
        SourceReads(texts).ShouldBe(0);
        ShouldEmitAndReportTheSame(summarised, reading);
    }

    public static TheoryData<string, string> UnusableSummaries => new()
    {
        { "of a file fewer", "lists other files, or other item metadata, than the compilation has" },
        { "of a file with another capture date", "lists other files, or other item metadata, than the compilation has" },
        { "cut short", "cannot be read (cut short, or written by another version of the package)" },
        { "of another version", "cannot be read (cut short, or written by another version of the package)" },
        { "without the abstracts the handles quote", "quotes no abstracts, and the handles' documentation does" },
        { "in a build that compiles the storage into literals", "is of no use where the storage is compiled into literals" },
        { "twice", "is given 2 times" },
    };

    [Theory]
    [MemberData(nameof(UnusableSummaries))]
    public void A_summary_that_cannot_stand_in_for_the_sources_is_set_aside_with_PDS024_and_they_are_read(string summaryKind, string reason)
    {
        var summary = GeneratorHarness.TaskSummary(Sources);
        var properties = GeneratorHarness.ResourceStorage;
        Scrape[] extra = [];
        switch (summaryKind)
        {
            case "of a file fewer":
                summary = GeneratorHarness.TaskSummary(Sources[1..]);
                break;
            case "of a file with another capture date":
                summary = GeneratorHarness.TaskSummary(Sources.Select(source => source.Path == "/s/newer.txt" ? source with { CapturedOn = "2025-11-06" } : source));
                break;
            case "cut short":
                summary = summary with { Text = summary.Text[..^1] };
                break;
            case "of another version":
                summary = summary with { Text = summary.Text.Replace("PaperDataset.CatalogueSummary1:1", "PaperDataset.CatalogueSummary1:0", System.StringComparison.Ordinal) };
                break;
            case "without the abstracts the handles quote":
                summary = GeneratorHarness.TaskSummary(Sources, emitHandles: false);
                break;
            case "in a build that compiles the storage into literals":
                properties = new Dictionary<string, string>();
                break;
            case "twice":
                extra = [summary with { Path = "/obj2/PaperDataset.Catalogue.summary" }];
                break;
        }

        var (reading, _) = RunOn(Sources, properties);

        var (run, texts) = RunOn([.. Sources, summary, .. extra], properties);

        SourceReads(texts).ShouldBe(Sources.Length);
        ShouldEmitAndReportTheSame(run, reading);
        var setAside = run.Pds("PDS024").ShouldHaveSingleItem();
        setAside.Severity.ShouldBe(DiagnosticSeverity.Info);
        setAside.GetMessage().ShouldBe($"The generator read the {Sources.Length} source files itself instead of taking the build task's summary of them, which {reason}");
        setAside.Location.GetLineSpan().Path.ShouldBe(summary.Path);
    }

    [Fact]
    public void With_the_summary_an_unrelated_source_edit_leaves_every_step_cached()
    {
        var texts = Sources.Append(GeneratorHarness.TaskSummary(Sources)).Select(scrape => new GeneratorHarness.InMemoryAdditionalText(scrape)).ToImmutableArray();
        var compilation = GeneratorHarness.CreateCompilation("class First { }");
        var driver = GeneratorHarness.CreateDriver(texts, GeneratorHarness.ResourceStorage).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var edited = compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Second { }", GeneratorHarness.ParseOptions, cancellationToken: TestContext.Current.CancellationToken));
        var result = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (var name in GeneratorSteps.Tracked)
        {
            result.TrackedSteps[name].SelectMany(step => step.Outputs)
                .ShouldAllBe(output => output.Reason == IncrementalStepRunReason.Cached || output.Reason == IncrementalStepRunReason.Unchanged, name);
        }

        SourceReads(texts).ShouldBe(0);
    }

    [Fact]
    public void A_damaged_summary_reads_as_none_or_as_a_summary_and_never_throws()
    {
        var text = GeneratorHarness.SummaryText(GeneratorHarness.TaskBuild(Sources[^3..]).Summary);
        var damaged = Enumerable.Range(0, text.Length).SelectMany(i =>
            "0:9~\\-x".Select(c => text[..i] + c + text[(i + 1)..]).Append(text[..i]).Append(text.Remove(i, 1)));

        var read = damaged.Select(CatalogueSummaryFormat.TryRead).ToList();

        read.Count(summary => summary is null).ShouldBeGreaterThan(text.Length, "a cut-short text never holds a summary");
        CatalogueSummaryFormat.TryRead(text).ShouldNotBeNull();
    }

    [Fact]
    public void Every_string_survives_the_summary_file_exactly()
    {
        var summary = GeneratorHarness.TaskBuild(Sources).Summary;
        var text = GeneratorHarness.SummaryText(summary);

        var decoded = System.Text.Encoding.UTF8.GetString(new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(text));

        CatalogueSummaryFormat.TryRead(decoded).ShouldBe(summary);
        summary.Papers.ShouldContain(paper => paper.Title.Contains('\ud800'));
        summary.Diagnostics.ShouldContain(diagnostic => diagnostic.MessageArgs.Any(argument => argument.Contains('\\')));
    }
}
