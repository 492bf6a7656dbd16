using System.Linq;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Sources.Model;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Variants;

/// <summary>
/// Hand-written samples of each rendering with a reader (Samples/variants): Markdown with every chrome and meta variant,
/// text-browser output with wrapped titles and abstracts, a link-lines export, and each rendering with its meta written as
/// links. Each reads into the same entries.
/// </summary>
public class RenderingSampleTests
{
    private const string T1 = "Event-based Temporally Dense Optical Flow Estimation with Sequential Neural Networks";
    private const string T2 = "IPO: Interpretable Prompt Optimization for Vision-Language Models";
    private const string T3 = "Continual Learning, Not Training: Online Adaptation For Agents";
    private const string A1 = "Prior works on event-based optical flow estimation have investigated several gradient-based learning methods to train neural networks for predicting optical flow.";
    private const string A2 = "Pre-trained vision-language models like CLIP have remarkably adapted to various downstream tasks. Nonetheless, their performance heavily depends on the specificity of the input text prompts.";

    private static string Summary(SourceEntry entry) =>
        $"{entry.Position.LineNumber}: {entry.Title} | {entry.ArxivId}|{entry.Upvotes}|{entry.AuthorCount}|{entry.Organization?.Handle}/{entry.Organization?.Name}|{entry.PublishedOn}|{entry.CommentCount}";

    private static string[] Diagnostics(ReadResult parsed) => parsed.Diagnostics.Select(diagnostic => $"{diagnostic.Id}@{diagnostic.Position.LineNumber}").ToArray();

    [Fact]
    public void Markdown_with_front_matter_split_upvotes_submitter_avatars_published_on_and_a_footer()
    {
        var parsed = VariantSampleTests.Parse("markdown-variants.txt");

        parsed.Format.ShouldBe(SourceFormat.Markdown);
        Diagnostics(parsed).ShouldBeEmpty();
        parsed.Entries.Select(Summary).ShouldBe(
        [
            $"17: {T1} | 2210.01244|117|3|/|2024-12-28|0",
            $"36: {T2} | 2410.20234|||KaLM-Embedding/KaLM Embedding|2024-10-20|2",
        ]);
        parsed.Entries.Select(entry => entry.Abstract).ShouldBe([A1, A2]);
        parsed.Entries[0].GitHubRepository.ShouldBe("owner/repo");
    }

    [Fact]
    public void Text_browser_output_with_wrapped_title_and_abstract_and_comment_references()
    {
        var parsed = VariantSampleTests.Parse("text-browser-variants.txt");

        parsed.Format.ShouldBe(SourceFormat.TextBrowser);
        Diagnostics(parsed).ShouldBeEmpty();
        parsed.Entries.Select(Summary).ShouldBe(
        [
            $"19: {T1} | |19|3|/|2022-10-03|4",
            $"37: {T2} | |||KaLM-Embedding/KaLM-Embedding|2025-11-02|0",
        ]);
        parsed.Entries.Select(entry => entry.Abstract).ShouldBe([A1, A2]);
    }

    [Fact]
    public void Link_lines_with_login_urls_a_wrapped_title_and_an_organisation_url()
    {
        var parsed = VariantSampleTests.Parse("link-lines.txt");

        parsed.Format.ShouldBe(SourceFormat.LinkLines);
        Diagnostics(parsed).ShouldBeEmpty();
        parsed.Entries.Select(Summary).ShouldBe(
        [
            $"11: {T1} | 2210.01244|19|3|/|2022-10-03|0",
            $"22: {T2} | 2410.20234||2|/|2024-10-20|2",
            $"36: {T3} | 2511.01234|7||KaLM-Embedding/KaLM-Embedding|2025-11-02|0",
        ]);
        parsed.Entries.Select(entry => entry.Abstract).Take(2).ShouldBe([A1, A2]);
    }

    [Theory]
    [InlineData("linked-meta-text-copy.txt", "TextCopy")]
    [InlineData("linked-meta-markdown.txt", "Markdown")]
    [InlineData("linked-meta-text-browser.txt", "TextBrowser")]
    [InlineData("linked-meta-link-lines.txt", "LinkLines")]
    public void Each_rendering_reads_meta_written_as_links_after_empty_links_and_images(string name, string rendering)
    {
        var parsed = VariantSampleTests.Parse(name);
        var format = System.Enum.Parse<SourceFormat>(rendering);

        parsed.Format.ShouldBe(format);
        Diagnostics(parsed).ShouldBeEmpty();
        var ids = format is SourceFormat.Markdown or SourceFormat.LinkLines;
        var upvotes = format != SourceFormat.TextCopy; // a text copy keeps no upvote count
        var github = format == SourceFormat.TextCopy ? "" : "owner/repo 1200";
        parsed.Entries.Select(entry => $"{entry.Title} | {entry.ArxivId}|{entry.Upvotes}|{entry.AuthorCount}|{entry.Organization?.Handle}/{entry.Organization?.Name}|{entry.PublishedOn}|{entry.CommentCount}|{entry.GitHubRepository} {entry.GitHubStars}".TrimEnd())
            .ShouldBe(
            [
                $"{T1} | {(ids ? "2210.01244" : "")}|{(upvotes ? "19" : "")}||google/Google|2022-10-03|4|",
                $"{T2} | {(ids ? "2410.20234" : "")}|{(upvotes ? "7" : "")}||KaLM-Embedding/KaLM Embedding|2024-10-20|0|{github}".TrimEnd(),
            ]);
        parsed.Entries.Select(entry => entry.Abstract).ShouldBe([A1, A2]);
    }

    [Theory]
    [InlineData("markdown-variants.txt")]
    [InlineData("text-browser-variants.txt")]
    [InlineData("link-lines.txt")]
    [InlineData("linked-meta-text-copy.txt")]
    [InlineData("linked-meta-markdown.txt")]
    [InlineData("linked-meta-text-browser.txt")]
    [InlineData("linked-meta-link-lines.txt")]
    public void Each_rendering_reads_the_same_as_with_crlf_and_a_bom(string name)
    {
        var text = VariantSampleTests.Sample(name);
        var lf = Pipeline.Parse(text);
        var crlf = Pipeline.Parse("\uFEFF" + text.Replace("\n", "\r\n"));

        crlf.Format.ShouldBe(lf.Format);
        crlf.Entries.Select(Summary).ShouldBe(lf.Entries.Select(Summary));
        crlf.Entries.Select(entry => entry.Abstract).ShouldBe(lf.Entries.Select(entry => entry.Abstract));
    }
}
