using System;
using System.IO;
using System.Linq;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Testing;
using PaperDataset.Robustness.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Variants;

/// <summary>
/// Hand-written samples of every rendering FORMAT.md "Variants" lists (Samples/variants) and what each yields: the plain-text
/// variants are recognised and parsed, and so are the other renderings (Markdown, text-browser output, link lines); a
/// text-browser dump with a trailing reference list and copies with site navigation are reported whole as PDS013.
/// </summary>
public class VariantSampleTests
{
    private const string T1 = "Event-based Temporally Dense Optical Flow Estimation with Sequential Neural Networks";
    private const string T2 = "IPO: Interpretable Prompt Optimization for Vision-Language Models";
    private const string T3 = "Continual Learning, Not Training: Online Adaptation For Agents";
    private const string A1 = "Prior works on event-based optical flow estimation have investigated several gradient-based learning methods to train neural networks for predicting optical flow.";

    internal static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "variants", name));

    internal static ReadResult Parse(string name) => Pipeline.Parse(Sample(name), "/samples/" + name, ScrapeDocument.CapturedOnText);

    private static string Summary(SourceEntry entry) =>
        $"{entry.Position.LineNumber}: {entry.Title} | {entry.AuthorCount}|{entry.Organization?.Handle}|{entry.PublishedOn}|{entry.CommentCount}";

    private static string[] Diagnostics(ReadResult parsed) =>
        parsed.Diagnostics.Select(diagnostic => $"{diagnostic.Id}@{diagnostic.Position.LineNumber}").ToArray();

    [Fact]
    public void Extra_boilerplate_line_is_chrome()
    {
        var parsed = Parse("extra-boilerplate.txt");

        Diagnostics(parsed).ShouldBeEmpty();
        parsed.Entries.Select(Summary).ShouldBe([$"15: {T1} | 3||2022-10-03|0"]);
    }

    [Fact]
    public void Split_by_line_and_navigation_are_chrome_and_the_repeated_query_is_skipped_with_PDS012()
    {
        var parsed = Parse("split-byline-and-navigation.txt");

        Diagnostics(parsed).ShouldBe(["PDS012@19"]);
        parsed.Entries.Select(entry => entry.Title).ShouldBe([T1, T2]);
    }

    [Fact]
    public void Upvote_lines_before_titles_are_not_papers()
    {
        var parsed = Parse("upvote-lines.txt");

        Diagnostics(parsed).ShouldBeEmpty();
        parsed.Entries.Select(Summary).ShouldBe([$"15: {T1} | 3||2022-10-03|0", $"24: {T2} | 3||2024-10-20|2"]);
    }

    [Fact]
    public void Published_on_dates_and_one_line_separators_are_dates()
    {
        var parsed = Parse("published-on-dates.txt");

        Diagnostics(parsed).ShouldBeEmpty();
        parsed.Entries.Select(Summary).ShouldBe(
            [$"13: {T1} | ||2022-10-03|0", $"19: {T2} | 3||2024-10-20|0", $"26: {T3} | ||2025-11-02|4"]);
    }

    [Fact]
    public void Star_dash_and_bare_bullets_are_author_counts()
    {
        var parsed = Parse("bullets.txt");

        Diagnostics(parsed).ShouldBeEmpty();
        parsed.Entries.Select(entry => entry.ShouldHaveMeta().AuthorCount).ShouldBe([3, 1, 2]);
        parsed.Entries[2].ShouldHaveMeta().PublishedOn.ShouldBe(new CalendarDate(2025, 11, 2));
    }

    [Fact]
    public void Wrapped_titles_and_abstracts_are_joined_with_a_space()
    {
        var parsed = Parse("wrapped-lines.txt");

        Diagnostics(parsed).ShouldBeEmpty();
        var entry = parsed.Entries.ShouldHaveSingleItem();
        entry.Title.ShouldBe(T1);
        entry.Abstract.ShouldBe(A1);
    }

    [Fact]
    public void Crlf_line_endings_and_a_byte_order_mark_read_like_lf()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "variants", "crlf-bom.txt"));
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = Sample("crlf-bom.txt");
        text.ShouldContain("\r\n");

        var crlf = Pipeline.Parse(text);
        var lf = Pipeline.Parse(text.TrimStart('\uFEFF').Replace("\r\n", "\n"));

        Diagnostics(crlf).ShouldBeEmpty();
        crlf.Entries.Select(Summary).ShouldBe(lf.Entries.Select(Summary));
        crlf.Entries.Select(entry => entry.Title).ShouldBe([T1, T2]);
    }

    [Fact]
    public void All_plain_text_variants_together_in_one_crlf_file_with_a_bom()
    {
        var parsed = Parse("all-plain-text-variants.txt");

        Diagnostics(parsed).ShouldBe(["PDS012@17"]);
        parsed.Entries.Select(Summary).ShouldBe(
        [
            $"23: {T1} | 3||2022-10-03|0",
            $"33: {T2} | 3||2024-10-20|2",
            $"41: {T3} | |KaLM-Embedding|2025-11-02|0",
        ]);
        parsed.Entries[1].Abstract.ShouldBe("Pre-trained vision-language models like CLIP have remarkably adapted to various downstream tasks. Nonetheless, their performance heavily depends on the specificity of the input text prompts.");
    }

    [Fact]
    public void A_markdown_export_is_read_with_its_arxiv_id()
    {
        var parsed = Parse("markdown-export.txt");

        parsed.Format.ShouldBe(SourceFormat.Markdown);
        Diagnostics(parsed).ShouldBeEmpty();
        parsed.Entries.Select(Summary).ShouldBe([$"7: {T1} | 3||2022-10-03|0"]);
        parsed.Entries[0].ArxivId.ShouldBe("2210.01244");
        parsed.Entries[0].Abstract.ShouldBe(A1);
    }

    [Theory]
    [InlineData("text-browser.txt", 1, "line 1 is a link in Markdown or text-browser syntax (\"[1]Hugging Face\")")]
    [InlineData("plain-text-with-site-navigation.txt", 1, "9 lines above the page date on line 29 are not Daily Papers page text, e.g. line 1 (\"Hugging Face\"): site navigation or another page")]
    public void Renderings_that_cannot_be_read_safely_are_one_PDS013_and_no_papers(string name, int line, string reason)
    {
        var parsed = Parse(name);

        parsed.Entries.ShouldBeEmpty();
        var diagnostic = parsed.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS013");
        diagnostic.Position.LineNumber.ShouldBe(line);
        diagnostic.MessageArgs.ShouldBe([name, reason]);
    }

    [Fact]
    [Trait("Category", "Compile")]
    public void Through_the_generator_a_foreign_file_is_an_error_at_that_file_and_the_other_files_still_compile()
    {
        var run = GeneratorHarness.Run(
        [
            new Scrape("/s/text-browser.txt", Sample("text-browser.txt"), ScrapeDocument.CapturedOnText),
            new Scrape("/s/all.txt", Sample("all-plain-text-variants.txt"), ScrapeDocument.CapturedOnText),
        ]);

        var diagnostic = run.Pds("PDS013").ShouldHaveSingleItem();
        diagnostic.Severity.ShouldBe(Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(
            "'text-browser.txt' is in no format the generator reads: line 1 is a link in Markdown or text-browser syntax (\"[1]Hugging Face\"). "
            + "No papers were read from it: copy the page from a browser as plain text or save the Hub's JSON instead, leave it out of AdditionalFiles, "
            + "or set dotnet_diagnostic.PDS013.severity = warning in a .globalconfig to build without its papers.");
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/s/text-browser.txt");
        run.CompilationProblems.ShouldBeEmpty();
        run.LoadPapers().Select(paper => paper.Title).ShouldBe([T1, T2, T3], ignoreOrder: true);
    }
}
