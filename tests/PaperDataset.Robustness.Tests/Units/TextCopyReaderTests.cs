using System.Linq;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading;
using PaperDataset.Sources.Reading.TextCopy;
using PaperDataset.Sources.Text;
using PaperDataset.Testing;
using Shouldly;
using Xunit;
using static PaperDataset.Testing.ReadingAssertions;
using static PaperDataset.Testing.ScrapeBuilder;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>Whole pages in the browser's text copy, read end to end: entries, meta, chrome, wrapping, line endings.</summary>
public class TextCopyReaderTests
{
    private static string[] Ids(ReadResult parsed) => parsed.Diagnostics.Select(diagnostic => diagnostic.Id).ToArray();

    [Fact]
    public void Reads_title_abstract_and_author_meta_with_title_line()
    {
        var parsed = Read(Page("Nov 7", "Event-based Flow", "Prior works on flow.", Authors(3, "Oct 3, 2022")));

        parsed.Diagnostics.ShouldBeEmpty();
        var entry = parsed.Entries.ShouldHaveSingleItem();
        entry.Title.ShouldBe("Event-based Flow");
        entry.Abstract.ShouldBe("Prior works on flow.");
        entry.Position.LineNumber.ShouldBe(13);
        entry.ShouldHaveMeta();
        entry.AuthorCount.ShouldBe(3);
        entry.Organization.ShouldBeNull();
        entry.PublishedOn.ShouldBe(new CalendarDate(2022, 10, 3));
        entry.CommentCount.ShouldBe(0);
        parsed.FileName.ShouldBe("page.txt");
        parsed.CapturedOn.ShouldBe(new CalendarDate(2025, 11, 7));
    }

    [Fact]
    public void Entries_without_meta_blocks_are_title_and_abstract_pairs()
    {
        var parsed = Read(Page("Mar 11", "T1", "A1", "T2", "A2", "T3", "A3"), capturedOn: "2025-03-11");

        parsed.Diagnostics.ShouldBeEmpty();
        parsed.Entries.Select(entry => (entry.Title, entry.Abstract, entry.Shown)).ShouldBe([("T1", "A1", EntryFacts.None), ("T2", "A2", EntryFacts.None), ("T3", "A3", EntryFacts.None)]);
    }

    [Fact]
    public void A_missing_meta_block_on_one_entry_does_not_disturb_the_next()
    {
        var parsed = Read(Page("Nov 7", "T1", "A1", "T2", "A2", Authors(2, "Oct 3, 2022")));

        parsed.Entries[0].Shown.ShouldBe(EntryFacts.None);
        parsed.Entries[1].ShouldHaveMeta().AuthorCount.ShouldBe(2);
    }

    [Fact]
    public void Crlf_line_endings_and_byte_order_mark_parse_like_lf()
    {
        var lf = Page("Nov 7", "Title", "Abstract", Authors(3, "Oct 3, 2022"));
        var crlf = "\uFEFF" + lf.Replace("\n", "\r\n");

        var expected = Read(lf);
        var actual = Read(crlf);

        actual.Diagnostics.ShouldBeEmpty();
        actual.Entries.Select(entry => (entry.Title, entry.Abstract, entry.ShouldHaveMeta().PublishedOn, entry.Position.Line))
            .ShouldBe(expected.Entries.Select(entry => (entry.Title, entry.Abstract, entry.ShouldHaveMeta().PublishedOn, entry.Position.Line)));
        actual.Entries[0].Position.Start.ShouldBe(crlf.IndexOf("Title", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Lone_carriage_returns_also_end_lines()
    {
        var parsed = Read(Page("Nov 7", "Title", "Abstract").Replace("\n", "\r"));

        parsed.Entries.ShouldHaveSingleItem().Title.ShouldBe("Title");
    }

    [Fact]
    public void Upvote_lines_before_titles_are_not_papers()
    {
        var parsed = Read(Page("Nov 7", "[-] 19", "T1", "A1", Authors(1, "Oct 3, 2022"), "[-] -\nT2", "A2"));

        parsed.Diagnostics.ShouldBeEmpty();
        parsed.Entries.Select(entry => entry.Title).ShouldBe(["T1", "T2"]);
    }

    [Fact]
    public void Header_variants_split_byline_navigation_and_extra_boilerplate_are_chrome()
    {
        var text = Items("new", "Get trending papers in your email inbox once a day!", "Subscribe", "by ", "AK", " and the research community",
            "Daily", "Weekly", "Monthly", "Nov 7", "T", "A");

        var parsed = Read(text);

        parsed.Diagnostics.ShouldBeEmpty();
        parsed.Entries.ShouldHaveSingleItem().Title.ShouldBe("T");
    }

    [Fact]
    public void A_repeated_search_query_above_the_date_is_skipped_with_an_info_diagnostic()
    {
        var parsed = Read(Items("new", "Subscribe", "Daily", "Weekly", "Monthly", "gradient", "Nov 7", "T", "A"));

        Ids(parsed).ShouldBe(["PDS012"]);
        parsed.Diagnostics[0].Position.LineNumber.ShouldBe(11);
        parsed.Entries.ShouldHaveSingleItem();
    }

    [Fact]
    public void Wrapped_titles_and_abstracts_are_joined_with_a_space()
    {
        var parsed = Read(Page("Nov 7", "A Long Title\nContinued Here", "First half of\nthe abstract."));

        var entry = parsed.Entries.ShouldHaveSingleItem();
        entry.Title.ShouldBe("A Long Title Continued Here");
        entry.Abstract.ShouldBe("First half of the abstract.");
    }

    [Fact]
    public void Titles_keep_every_punctuation_character()
    {
        const string title = "What's \"new\"? -- A: B/C \\ {x} */ #if // 'quoted'";
        var parsed = Read(Page("Nov 7", title, "Poincar\\'e {here} Tgeq 0 ldots https://github.com/x/y"));

        var entry = parsed.Entries.ShouldHaveSingleItem();
        entry.Title.ShouldBe(title);
        entry.Abstract.ShouldBe("Poincar\\'e {here} Tgeq 0 ldots https://github.com/x/y");
    }

    [Theory]
    [InlineData("  • 3 authors\n·\nOct 35, 2022", "not a real date")]
    [InlineData("  • 3 authors\n·\nyesterday", "is not a date")]
    [InlineData("  • 3 authors\n·", "no date")]
    [InlineData("  • 3 authors\n·\nOct 3, 2022\nextra", "unexpected line")]
    [InlineData("Lonely\n·\nOct 3, 2022", "no display name")]
    [InlineData("  • 3 authors\n·\nFeb 29, 2023", "not a real date")]
    public void Malformed_meta_block_keeps_the_paper_and_says_why(string block, string why)
    {
        var parsed = Read(Page("Nov 7", "Title", "Abstract", block, "Next", "Abstract 2"));

        var diagnostic = parsed.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS002");
        diagnostic.Position.LineNumber.ShouldBe(17);
        diagnostic.MessageArgs[0].ShouldBe("Title");
        diagnostic.MessageArgs[1].ShouldContain(why);
        parsed.Entries.Select(entry => (entry.Title, entry.Shown)).ShouldBe([("Title", EntryFacts.None), ("Next", EntryFacts.None)]);
    }

    [Fact]
    public void A_title_without_abstract_is_reported_with_its_title()
    {
        var parsed = Read(Page("Nov 7", "T1", "A1", "Orphan", Authors(1, "Oct 3, 2022")));

        var diagnostic = parsed.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS008");
        diagnostic.MessageArgs.ShouldBe(["Orphan"]);
        diagnostic.Position.LineNumber.ShouldBe(17);
    }

    [Fact]
    public void A_file_cut_after_a_title_reports_the_title()
    {
        var parsed = Read(Page("Nov 7", "T1", "A1", "Cut here"));

        parsed.Diagnostics.Single().Id.ShouldBe("PDS008");
        parsed.Entries.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_stray_meta_block_is_reported_once_at_its_first_line()
    {
        var parsed = Read(Page("Nov 7", "T1", "A1", Authors(1, "Oct 3, 2022"), Authors(2, "Oct 4, 2022")));

        Ids(parsed).ShouldBe(["PDS001"]);
        parsed.Diagnostics.Select(diagnostic => diagnostic.Position.LineNumber).ShouldBe([21]);
        parsed.Diagnostics[0].MessageArgs[0].ShouldBe("lines 21 to 23");
    }

    [Fact]
    public void Same_text_gives_equal_results_so_the_pipeline_can_cache()
    {
        var text = Page("Nov 7", "T", "A", Authors(3, "Oct 3, 2022"));

        Read(text).ShouldBe(Read(text));
        Read(text).ShouldNotBe(Read(text + "T2\n\nA2\n"));
    }

    [Theory]
    [InlineData(" ")] // the avatar's empty link, as a line of white space
    [InlineData("\u200B")] // or as the zero-width space a copy keeps of it
    public void An_organisation_written_as_a_link_with_its_url_on_the_next_line_after_an_empty_link_reads_with_its_date_and_comments(string emptyLink)
    {
        var parsed = Read($"Nov 7\n\nT\n\nAn abstract about flow.\n\n{emptyLink}\n Google\nhttps://huggingface.co/google\n·\nOct 3, 2022 2\n");

        parsed.Diagnostics.ShouldBeEmpty();
        var entry = parsed.Entries.ShouldHaveSingleItem();
        (entry.Organization, entry.PublishedOn, entry.CommentCount).ShouldBe((new OrganizationSpec("google", "Google"), (CalendarDate?)new CalendarDate(2022, 10, 3), (int?)2));
    }
}
