using System.Linq;
using System.Net;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>The saved-page reader on strings: the list in the DailyPapers element's data-props, and pages without it.</summary>
public class HubHtmlReaderTests
{
    private const string Path = "/pages/papers.html";

    private const string Props = """
        {"date":"2024-08-01T00:00:00.000Z","dailyPapers":[
        {"paper":{"id":"2407.21783","title":"The Llama 3\n Herd","summary":"Modern <AI> & \"systems\"","upvotes":7,"publishedAt":"2024-07-31T17:54:27.000Z","authors":[{"name":"Abhimanyu Dubey"}]},"publishedAt":"2024-08-01T02:10:13.000Z","numComments":4,"upvoted":false},
        {"paper":{"id":"2407.21770","title":"It's MoMa","summary":"Mixture of modality-aware experts."},"numComments":0}]}
        """;

    private static string Page(string element) => "<!DOCTYPE html>\n<html>\n<head><title>Daily Papers</title></head>\n<body>\n" + element + "\n</body>\n</html>\n";

    private static string DailyPapers(string props) => "<div class=\"SVELTE_HYDRATER contents\" data-target=\"DailyPapers\" data-props=\"" + props + "\"></div>";

    private static ReadResult Read(string html, string? capturedOn = null) => ReadingAssertions.Read(html, capturedOn, Path);

    private static ReadResult ReadDeclared(string html) =>
        SourceReader.Read(new SourceDocument(Path, html, null, SourceFormat.HubHtml), TestContext.Current.CancellationToken);

    [Fact]
    public void The_list_in_data_props_reads_with_the_JSON_mapping()
    {
        var read = Read(Page(DailyPapers(WebUtility.HtmlEncode(Props))));

        read.Format.ShouldBe(SourceFormat.HubHtml);
        read.Diagnostics.ShouldBeEmpty();
        read.Entries.Select(entry => entry.ArxivId).ShouldBe(["2407.21783", "2407.21770"]);
        var llama = read.Entries[0];
        llama.Title.ShouldBe("The Llama 3 Herd");
        llama.Abstract.ShouldBe("Modern <AI> & \"systems\"");
        (llama.Upvotes, llama.CommentCount, llama.AuthorCount, llama.PublishedOn).ShouldBe((7, 4, 1, new CalendarDate(2024, 7, 31)));
        read.Entries[1].Title.ShouldBe("It's MoMa");
        read.CapturedOn.ShouldBe(new CalendarDate(2024, 8, 1)); // the item's publishedAt, the latest date stated
    }

    [Fact]
    public void Entries_sit_at_the_line_of_the_attribute()
    {
        var read = Read(Page(DailyPapers(WebUtility.HtmlEncode(Props))));

        read.Entries.ShouldAllBe(entry => entry.Position.LineNumber == 5);
    }

    [Fact]
    public void Decimal_hex_and_named_references_and_single_quotes_all_decode()
    {
        var props = "{&quot;dailyPapers&quot;:[{&quot;paper&quot;:{&quot;id&quot;:&quot;2407.21770&quot;,&quot;title&quot;:&quot;It&#39;s &#x4D;oMa &gt; &eacute;&quot;,&quot;summary&quot;:&quot;A&quot;}}]}";
        var html = Page("<div data-props='" + props.Replace("&#39;", "&#x27;") + "' data-target=DailyPapers title='a > b'></div>");

        Read(html).Entries.ShouldHaveSingleItem().Title.ShouldBe("It's MoMa > é");
    }

    [Fact]
    public void Another_element_naming_DailyPapers_is_not_taken_for_the_list()
    {
        var html = Page("<p>DailyPapers</p><div data-target=\"Other\" data-props=\"{}\">DailyPapers</div>\n" + DailyPapers(WebUtility.HtmlEncode(Props)));

        Read(html).Entries.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("<div data-target=\"Trending\" data-props=\"{}\"></div>", 1, "no element with data-target=\"DailyPapers\" and a data-props attribute")]
    [InlineData("<div data-target=\"DailyPapers\"></div>", 1, "no element with data-target=\"DailyPapers\" and a data-props attribute")]
    [InlineData("<div data-target=\"DailyPapers\" data-props=\"{&quot;papers&quot;:[]}\"></div>", 5, "its data-props JSON has no \"dailyPapers\" array")]
    [InlineData("<div data-target=\"DailyPapers\" data-props=\"[]\"></div>", 5, "its data-props JSON has no \"dailyPapers\" array")]
    public void A_page_without_the_list_is_one_PDS020_and_no_papers(string element, int line, string reason)
    {
        var read = Read(Page(element));

        read.Entries.ShouldBeEmpty();
        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS020");
        diagnostic.Position.LineNumber.ShouldBe(line);
        diagnostic.Message.ShouldBe("'papers.html' holds no Daily Papers list: " + reason + ". No papers were read from it: save the huggingface.co/papers page whole, "
            + "leave it out of AdditionalFiles, or set dotnet_diagnostic.PDS020.severity = warning in a .globalconfig to build without its papers.");
    }

    [Fact]
    public void Broken_JSON_in_the_attribute_is_PDS016_at_the_attribute()
    {
        var read = Read(Page(DailyPapers("{&quot;dailyPapers&quot;:[")));

        read.Entries.ShouldBeEmpty();
        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS016");
        diagnostic.Position.LineNumber.ShouldBe(5);
        diagnostic.MessageArgs[3].ShouldStartWith("in its data-props attribute, ");
    }

    [Fact]
    public void Items_problems_are_reported_at_the_attribute_line()
    {
        var props = WebUtility.HtmlEncode("{\"dailyPapers\":[{\"paper\":{\"id\":\"2407.21770\",\"title\":\"T\"}}, \"junk\"]}");

        var read = Read(Page(DailyPapers(props)));

        read.Diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Position.LineNumber)).ShouldBe([("PDS018", 5), ("PDS023", 5)]);
    }

    [Fact]
    public void The_list_element_may_open_the_file_and_another_may_name_DailyPapers_in_its_text_before_it()
    {
        var element = DailyPapers(WebUtility.HtmlEncode(Props));

        // Declared, as text that opens with neither a doctype nor <html> is not detected as a saved page.
        ReadDeclared(element).Entries.Count.ShouldBe(2);
        ReadDeclared("DailyPapers, saved:\n" + element).Entries.Count.ShouldBe(2);
        ReadDeclared("data-target=DailyPapers data-props={} marks the list, outside any tag here\n" + element).Entries.Count.ShouldBe(2);
    }

    [Fact]
    public void A_data_target_that_only_starts_with_DailyPapers_is_not_the_list()
    {
        var read = Read(Page("<div data-target=\"DailyPapersAd\" data-props=\"{}\"></div>"));

        read.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("PDS020");
    }

    [Fact]
    public void Diagnostics_about_the_list_point_at_the_start_of_the_attribute_value()
    {
        var page = Page(DailyPapers("{&quot;dailyPapers&quot;:["));
        var valueStart = page.IndexOf("{&quot;", System.StringComparison.Ordinal);

        var diagnostic = Read(page).Diagnostics.Single();

        (diagnostic.Position.Start, diagnostic.Position.StartColumn, diagnostic.Position.Length).ShouldBe((valueStart, valueStart - page.LastIndexOf('\n', valueStart) - 1, 1));
    }
}
