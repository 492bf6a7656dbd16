using System.Linq;
using PaperDataset.Sources.Reading.TextCopy;
using PaperDataset.Sources.Detection;
using PaperDataset.Sources.Text;
using PaperDataset.Testing;
using PaperDataset.Robustness.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>Which renderings are refused whole (PDS013), and which plain text with a bracket or two is not.</summary>
public class ForeignRenderingTests
{
    private static string? Reason(string text) => ForeignRendering.Detect(TextLines.SplitLines(text))?.Reason;

    private static int? Line(string text) => ForeignRendering.Detect(TextLines.SplitLines(text))?.Line.Position.LineNumber;

    [Theory]
    [InlineData("---\ntitle: x\n---\nnew\n", "line 1 starts YAML front matter, as Markdown exports do")]
    [InlineData("\n\n---\nurl: https://x\nretrieved:\n---\n", "line 3 starts YAML front matter, as Markdown exports do")]
    [InlineData("```text\nnew\n", "line 1 is a Markdown code fence (\"```text\")")]
    [InlineData("new\n~~~\n", "line 2 is a Markdown code fence (\"~~~\")")]
    [InlineData("# Daily Papers\n", "line 1 is a Markdown heading (\"# Daily Papers\")")]
    [InlineData("new\n###### Deep\n", "line 2 is a Markdown heading (\"###### Deep\")")]
    [InlineData("new\n\t#\tTabbed\n", "line 2 is a Markdown heading (\"#\tTabbed\")")]
    [InlineData("[Subscribe](https://huggingface.co/login)\n", "line 1 is a link in Markdown or text-browser syntax (\"[Subscribe](https://huggingface.co/login)\")")]
    [InlineData("[Subscribe](http://h)\n", "line 1 is a link in Markdown or text-browser syntax (\"[Subscribe](http://h)\")")]
    [InlineData("[Subscribe](/login)\n", "line 1 is a link in Markdown or text-browser syntax (\"[Subscribe](/login)\")")]
    [InlineData("x ![logo](a.png)\n", "line 1 is a link in Markdown or text-browser syntax (\"x ![logo](a.png)\")")]
    [InlineData("[Subscribe][29]\n", "line 1 is a link in Markdown or text-browser syntax (\"[Subscribe][29]\")")]
    [InlineData("[12]Models\n", "line 1 is a link in Markdown or text-browser syntax (\"[12]Models\")")]
    [InlineData("**URL:** https://x\n", "line 1 is a link in Markdown or text-browser syntax (\"**URL:** https://x\")")]
    public void Markup_in_the_first_lines_gives_a_foreign_rendering_away(string text, string reason)
    {
        Reason(text).ShouldBe(reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("new\n\nSubscribe\n")]
    [InlineData("---\n")]
    [InlineData("---\nnot a key\n---\n")]
    [InlineData("---\ntitle: x\nno closing line\n")]
    [InlineData("#if DEBUG\n")]
    [InlineData("#\n")]
    [InlineData("####### seven\n")]
    [InlineData("`` two ticks\n")]
    [InlineData("~~ two tildes\n")]
    [InlineData("see [1] and [2]\n")]
    [InlineData("x [a] (https://b)\n")]
    [InlineData("x ![a] (b)\n")]
    [InlineData("a [b][c]\n")]
    [InlineData("*URL:* x\n")]
    [InlineData("** x\n")]
    [InlineData("x](ftp://y)\n")]
    public void Plain_text_with_brackets_hashes_or_dashes_is_not_markup(string text)
    {
        Reason(text).ShouldBeNull();
    }

    [Fact]
    public void Front_matter_must_close_within_forty_lines()
    {
        var open = "---\nkey: v\n" + string.Concat(Enumerable.Range(0, 37).Select(i => $"k{i}: v\n"));

        Reason(open + "---\n").ShouldNotBeNull();
        Reason(open + "k: v\n---\n").ShouldBeNull();
    }

    [Fact]
    public void Further_down_one_or_two_markup_lines_are_text_and_three_are_a_rendering()
    {
        var top = string.Concat(Enumerable.Range(0, 16).Select(i => $"line {i}\n\n"));

        Reason(top + "# one\n").ShouldBeNull();
        Reason(top + "# one\n\n[two](/x)\n").ShouldBeNull();
        Line(top + "# one\n\n[two](/x)\n\n### three\n").ShouldBe(33);
        Reason(top + "# one\n\n[two](/x)\n\n### three\n").ShouldBe("line 33 is a Markdown heading (\"# one\")");
        Reason(string.Concat(Enumerable.Range(0, 15).Select(i => $"line {i}\n")) + "# sixteenth\n").ShouldNotBeNull();
    }

    [Fact]
    public void A_fenced_file_is_refused_even_far_down()
    {
        var top = string.Concat(Enumerable.Range(0, 40).Select(i => $"line {i}\n"));

        Reason(top + "```\n").ShouldBeNull(); // one fence line far down is one markup line, like any other
        Reason(top + "```\nx\n```\n~~~\n").ShouldBe("line 41 is a Markdown code fence (\"```\")");
    }

    [Fact]
    public void Through_the_parser_the_refusal_is_the_only_finding_besides_the_capture_date()
    {
        var parsed = Pipeline.Parse("# Daily Papers\n\n" + ScrapeBuilder.Page("Nov 7", "T", "A"), capturedOn: null);

        parsed.Entries.ShouldBeEmpty();
        parsed.Diagnostics.Select(diagnostic => diagnostic.Id).ShouldBe(["PDS003", "PDS013"]);
        parsed.CapturedOn.ShouldBeNull();
    }
}
