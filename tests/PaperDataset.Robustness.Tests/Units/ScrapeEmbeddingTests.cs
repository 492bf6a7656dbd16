using System.Linq;
using System.Text;
using PaperDataset.Generator.Embedding;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading;
using PaperDataset.Sources.Reading.TextCopy;
using PaperDataset.Sources.Text;
using PaperDataset.Testing;
using Shouldly;
using Xunit;
using static PaperDataset.Testing.ScrapeBuilder;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>The byte ranges that let the catalogue read titles and abstracts straight from the embedded scrape file.</summary>
public class ScrapeEmbeddingTests
{
    private const string Resource = "PaperDataset.Scrape:page.txt";

    private static EmbeddedScrape Attach(string text, string? resource = Resource)
    {
        var source = new ScrapeSource(new SourceDocument("/s/page.txt", text, "2025-11-07"), resource);
        var read = SourceReader.Read(source.Document, TestContext.Current.CancellationToken);
        return ScrapeEmbedding.Attach(new ReadScrape(source, read), TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Every_range_holds_exactly_its_string_in_the_file_bytes(string newline)
    {
        var text = Page(
                "Nov 7",
                "Émile's 注意力 paper 😀", "An abstract with é, 注意力 and 😀, then \"quotes\" and \\ backslashes.", Authors(3, "Oct 3, 2022"),
                "   Indented title   ", "\tIndented abstract\t")
            .Replace("\n", newline);
        var bytes = Encoding.UTF8.GetBytes(text);

        var parsed = Attach(text);

        parsed.Resource.ShouldBe(new EmbeddedResourceSpec(Resource, bytes.Length));
        parsed.Read.Entries.Count.ShouldBe(2);
        foreach (var (entry, entryBytes) in parsed.Read.Entries.Zip(parsed.Entries))
        {
            var title = entryBytes.Title.ShouldNotBeNull();
            var summary = entryBytes.Abstract.ShouldNotBeNull();
            Encoding.UTF8.GetString(bytes, title.Start, title.Length).ShouldBe(entry.Title);
            Encoding.UTF8.GetString(bytes, summary.Start, summary.Length).ShouldBe(entry.Abstract);
        }
    }

    [Fact]
    public void A_wrapped_title_is_joined_text_the_file_does_not_hold_so_it_keeps_no_range()
    {
        var parsed = Attach(Page("Nov 7", "A title wrapped\nonto two lines", "Its abstract."));

        parsed.Read.Entries.ShouldHaveSingleItem().Title.ShouldBe("A title wrapped onto two lines");
        var entry = parsed.Entries.ShouldHaveSingleItem();
        entry.Title.ShouldBeNull();
        entry.Abstract.ShouldNotBeNull();
    }

    [Fact]
    public void Files_that_are_not_embedded_or_cannot_be_utf8_get_no_ranges()
    {
        var notEmbedded = Attach(Page("Nov 7", "T", "A"), resource: null);
        var loneSurrogate = Attach(Page("Nov 7", "T \uD800", "A"));

        foreach (var parsed in new[] { notEmbedded, loneSurrogate })
        {
            parsed.Resource.ShouldBeNull();
            parsed.Read.Entries.ShouldNotBeEmpty();
            parsed.Entries.ShouldBeEmpty();
        }
    }

    [Fact]
    public void The_same_title_twice_in_a_file_points_at_its_own_occurrence_or_an_identical_one()
    {
        var text = Page("Nov 7", "Same", "First abstract.", "Same", "Second abstract.");
        var bytes = Encoding.UTF8.GetBytes(text);

        var parsed = Attach(text);

        parsed.Entries.Select(entry => Encoding.UTF8.GetString(bytes, entry.Abstract!.Value.Start, entry.Abstract.Value.Length))
            .ShouldBe(["First abstract.", "Second abstract."]);
    }
}
