using System.Linq;
using PaperDataset.Sources.Reading.TextCopy;
using PaperDataset.Sources.Text;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary><see cref="PaperDataset.Sources.Text.TextLines"/>: lines and blocks, LF, CRLF and CR line endings, a leading byte-order mark, positions, quoting.</summary>
public class TextLinesTests
{
    private static string[] Split(string text) => TextLines.SplitLines(text).Select(line => $"{line.Index}@{line.Start}:{line.Raw}").ToArray();

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("a", new[] { "0@0:a" })]
    [InlineData("a\nb", new[] { "0@0:a", "1@2:b" })]
    [InlineData("a\nb\n", new[] { "0@0:a", "1@2:b" })]
    [InlineData("a\r\nb\r\n", new[] { "0@0:a", "1@3:b" })]
    [InlineData("a\rb\r", new[] { "0@0:a", "1@2:b" })]
    [InlineData("a\r\n\r\nb", new[] { "0@0:a", "1@3:", "2@5:b" })]
    [InlineData("a\n\r\nb", new[] { "0@0:a", "1@2:", "2@4:b" })]
    [InlineData("a\r\rb", new[] { "0@0:a", "1@2:", "2@3:b" })]
    [InlineData("a\n\n", new[] { "0@0:a", "1@2:" })]
    [InlineData("\n", new[] { "0@0:" })]
    [InlineData("\r", new[] { "0@0:" })]
    [InlineData("\r\n", new[] { "0@0:" })]
    [InlineData("a\r", new[] { "0@0:a" })]
    public void Lines_end_at_lf_crlf_or_cr_and_a_final_line_break_adds_no_line(string text, string[] lines)
    {
        Split(text).ShouldBe(lines);
    }

    [Theory]
    [InlineData("\uFEFF", new string[0])]
    [InlineData("\uFEFFnew\r\nx", new[] { "0@1:new", "1@6:x" })]
    [InlineData("\uFEFF\nx", new[] { "0@1:", "1@2:x" })]
    [InlineData("a\n\uFEFFb", new[] { "0@0:a", "1@2:\uFEFFb" })]
    public void Only_a_leading_byte_order_mark_is_left_out_and_offsets_still_count_it(string text, string[] lines)
    {
        Split(text).ShouldBe(lines);
    }

    [Fact]
    public void A_line_is_trimmed_for_every_rule_and_its_position_covers_the_raw_line()
    {
        var line = TextLines.SplitLines("x\n\t  • 3 authors  \n")[1];

        line.Text.ShouldBe("• 3 authors");
        line.IsBlank.ShouldBeFalse();
        line.Position.ShouldBe(new Sources.Model.TextPosition(1, 2, 16, 0, 16));
        line.Position.LineNumber.ShouldBe(2);
        TextLines.SplitLines(" \t \n")[0].IsBlank.ShouldBeTrue();
    }

    [Fact]
    public void A_quoted_line_is_cut_after_120_characters()
    {
        var exact = new string('q', 120);
        var longer = new string('q', 121);

        TextLines.SplitLines("  " + exact + "  ")[0].Quoted.ShouldBe(exact);
        TextLines.SplitLines(longer)[0].Quoted.ShouldBe(exact + "…");
    }

    [Fact]
    public void Blocks_are_runs_of_non_blank_lines_from_the_first_line_asked_for()
    {
        var lines = TextLines.SplitLines("h\n\na\nb\n  \n\nc\n\nd\ne\n");

        TextLines.Blocks(lines, 0).Select(block => string.Join("+", block.Select(line => line.Text))).ShouldBe(["h", "a+b", "c", "d+e"]);
        TextLines.Blocks(lines, 2).Select(block => string.Join("+", block.Select(line => line.Text))).ShouldBe(["a+b", "c", "d+e"]);
        TextLines.Blocks(lines, 3).Select(block => string.Join("+", block.Select(line => line.Text))).ShouldBe(["b", "c", "d+e"]);
        TextLines.Blocks(lines, lines.Count).ShouldBeEmpty();
    }
}
