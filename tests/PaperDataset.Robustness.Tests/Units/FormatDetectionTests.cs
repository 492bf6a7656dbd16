using PaperDataset.Sources.Detection;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading;
using PaperDataset.Sources.Text;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>Which format a file is: from its content whatever it is called, unless its item declares one.</summary>
public class FormatDetectionTests
{
    private static SourceFormat Detect(string text, SourceFormat declared = SourceFormat.Auto)
    {
        var document = new SourceDocument("/any/name.txt", text, null, declared);
        return FormatDetector.Detect(document, TextLines.SplitLines(text)).Format;
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"id\": 1}")]
    [InlineData("\uFEFF\r\n  \t[\n]")]
    [InlineData("[not json at all")]
    public void Text_opening_with_a_bracket_or_brace_is_JSON(string text) => Detect(text).ShouldBe(SourceFormat.HubJson);

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html>")]
    [InlineData("<!doctype HTML><html>")]
    [InlineData("\n  <html lang=\"en\">")]
    [InlineData("<!-- saved from url=(0028)https://huggingface.co/papers -->\n<html>")]
    public void Text_opening_as_an_HTML_document_is_HTML(string text) => Detect(text).ShouldBe(SourceFormat.HubHtml);

    [Theory]
    [InlineData("[1]Hugging Face\n[2]Models")]
    [InlineData("[Subscribe][29]")]
    [InlineData("[Daily Papers](https://huggingface.co/papers)")]
    [InlineData("[")]
    public void Text_renderings_opening_with_a_link_are_not_JSON(string text) => Detect(text).ShouldNotBe(SourceFormat.HubJson);

    // JSON-opening text skips the rendering check unless a line starts as a rendering's do: these must still be renderings.
    [Theory]
    [InlineData("[[Hugging Face's logo] Hugging Face][1]\n### [Title][2]\nAbstract\n\n[2] https://huggingface.co/papers/2403.12345", nameof(SourceFormat.TextBrowser))]
    [InlineData("\uFEFF[\"x\"]\r\n \t### [Title](https://huggingface.co/papers/2403.12345)\r\n", nameof(SourceFormat.Markdown))]
    [InlineData("[1, 2]\n\u00A0 https://huggingface.co/papers/2403.12345", nameof(SourceFormat.LinkLines))]
    [InlineData("{\"a\": \"### [T][1] https://huggingface.co/papers/2403.12345\"}", nameof(SourceFormat.HubJson))]
    public void Text_opening_like_JSON_is_a_rendering_when_its_lines_are_a_renderings(string text, string format) =>
        Detect(text).ShouldBe(System.Enum.Parse<SourceFormat>(format));

    [Theory]
    [InlineData("Hugging Face\nModels\nNov 7\nTitle\nAbstract")]
    [InlineData("")]
    [InlineData("<b>not a document</b>")]
    public void Anything_else_is_left_to_the_text_copy_rules(string text) => Detect(text).ShouldBe(SourceFormat.TextCopy);

    [Fact]
    public void A_declared_format_wins_over_the_content()
    {
        Detect("[]", SourceFormat.TextCopy).ShouldBe(SourceFormat.TextCopy);
        Detect("Hugging Face", SourceFormat.HubJson).ShouldBe(SourceFormat.HubJson);
        Detect("[]", SourceFormat.HubHtml).ShouldBe(SourceFormat.HubHtml);
    }

    [Theory]
    [InlineData(null, nameof(SourceFormat.Auto))]
    [InlineData("", nameof(SourceFormat.Auto))]
    [InlineData(" Auto ", nameof(SourceFormat.Auto))]
    [InlineData("text", nameof(SourceFormat.TextCopy))]
    [InlineData("JSON", nameof(SourceFormat.HubJson))]
    [InlineData("html", nameof(SourceFormat.HubHtml))]
    public void Format_names_parse_in_any_case(string? name, string expected)
    {
        SourceFormatNames.TryParse(name, out var format).ShouldBeTrue();
        format.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("TextCopy")]
    [InlineData("json5")]
    public void Other_format_names_do_not_parse(string name) => SourceFormatNames.TryParse(name, out _).ShouldBeFalse();

    [Fact]
    public void A_text_copy_still_needs_its_capture_date_but_JSON_and_HTML_do_not()
    {
        ReadingAssertions.Read("[]", capturedOn: null).Diagnostics.ShouldNotContain(diagnostic => diagnostic.Id == "PDS003");
        ReadingAssertions.Read("<html></html>", capturedOn: null).Diagnostics.ShouldNotContain(diagnostic => diagnostic.Id == "PDS003");
        ReadingAssertions.Read("Hugging Face\nNov 7\nT\nA", capturedOn: null).Diagnostics.ShouldContain(diagnostic => diagnostic.Id == "PDS003");
    }
}
