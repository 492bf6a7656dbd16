using System.Linq;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading;
using PaperDataset.Sources.Reading.TextCopy;
using PaperDataset.Sources.Text;
using PaperDataset.Testing;
using Shouldly;
using Xunit;
using static PaperDataset.Generator.Tests.Infrastructure.ScrapeBuilder;

namespace PaperDataset.Generator.Tests.Parsing;

public class ScrapeParserTests
{
    private static ReadResult Parse(string text, string? capturedOn = "2025-11-07") =>
        SourceReader.Read(new SourceDocument("/data/page.txt", text, capturedOn));

    private static string[] Ids(ReadResult parsed) => parsed.Diagnostics.Select(diagnostic => diagnostic.Id).ToArray();

    [Fact]
    public void Reads_title_abstract_and_author_meta_with_title_line()
    {
        var parsed = Parse(Page("Nov 7", "Event-based Flow", "Prior works on flow.", Authors(3, "Oct 3, 2022")));

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
    public void Reads_organisation_line_as_handle_and_display_name()
    {
        var parsed = Parse(Page("Nov 7", "T", "A", Meta("PEARLS-Lab PEARLS Lab", "Oct 3, 2022")));

        var meta = parsed.Entries.ShouldHaveSingleItem().ShouldHaveMeta();
        meta.Organization.ShouldBe(new OrganizationSpec("PEARLS-Lab", "PEARLS Lab"));
        meta.AuthorCount.ShouldBeNull();
    }

    [Theory]
    [InlineData("Feb 21, 2024 3", 2024, 2, 21, 3)]
    [InlineData("Sep 2 4", 2025, 9, 2, 4)]
    [InlineData("Nov 7", 2025, 11, 7, 0)]
    [InlineData("Nov 8", 2024, 11, 8, 0)]
    [InlineData("Dec 31", 2024, 12, 31, 0)]
    public void The_number_after_a_date_is_the_comment_count_and_yearless_dates_resolve_on_or_before_capture(
        string date, int year, int month, int day, int comments)
    {
        var meta = Parse(Page("Nov 7", "T", "A", Authors(1, date))).Entries.Single().ShouldHaveMeta();

        meta.PublishedOn.ShouldBe(new CalendarDate(year, month, day));
        meta.CommentCount.ShouldBe(comments);
    }

    [Fact]
    public void Feb_29_without_year_resolves_to_the_latest_leap_year()
    {
        var meta = Parse(Page("Nov 7", "T", "A", Authors(1, "Feb 29"))).Entries.Single().ShouldHaveMeta();

        meta.PublishedOn.ShouldBe(new CalendarDate(2024, 2, 29));
    }

    [Fact]
    public void Without_capture_date_yearless_dates_stay_unresolved_and_a_warning_says_so()
    {
        var parsed = Parse(Page("Nov 7", "T", "A", Authors(1, "Sep 2"), "T2", "B", Authors(2, "Sep 2, 2021")), capturedOn: null);

        Ids(parsed).ShouldBe(["PDS003"]);
        parsed.Entries[0].ShouldHaveMeta().PublishedOn.ShouldBeNull();
        parsed.Entries[1].ShouldHaveMeta().PublishedOn.ShouldBe(new CalendarDate(2021, 9, 2));
    }

    [Fact]
    public void Entries_without_meta_blocks_are_title_and_abstract_pairs()
    {
        var parsed = Parse(Page("Mar 11", "T1", "A1", "T2", "A2", "T3", "A3"), capturedOn: "2025-03-11");

        parsed.Diagnostics.ShouldBeEmpty();
        parsed.Entries.Select(entry => (entry.Title, entry.Abstract, entry.Shown)).ShouldBe([("T1", "A1", EntryFacts.None), ("T2", "A2", EntryFacts.None), ("T3", "A3", EntryFacts.None)]);
    }

    [Fact]
    public void A_missing_meta_block_on_one_entry_does_not_disturb_the_next()
    {
        var parsed = Parse(Page("Nov 7", "T1", "A1", "T2", "A2", Authors(2, "Oct 3, 2022")));

        parsed.Entries[0].Shown.ShouldBe(EntryFacts.None);
        parsed.Entries[1].ShouldHaveMeta().AuthorCount.ShouldBe(2);
    }

    [Fact]
    public void Crlf_line_endings_and_byte_order_mark_parse_like_lf()
    {
        var lf = Page("Nov 7", "Title", "Abstract", Authors(3, "Oct 3, 2022"));
        var crlf = "\uFEFF" + lf.Replace("\n", "\r\n");

        var expected = Parse(lf);
        var actual = Parse(crlf);

        actual.Diagnostics.ShouldBeEmpty();
        actual.Entries.Select(entry => (entry.Title, entry.Abstract, entry.ShouldHaveMeta().PublishedOn, entry.Position.Line))
            .ShouldBe(expected.Entries.Select(entry => (entry.Title, entry.Abstract, entry.ShouldHaveMeta().PublishedOn, entry.Position.Line)));
        actual.Entries[0].Position.Start.ShouldBe(crlf.IndexOf("Title", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Lone_carriage_returns_also_end_lines()
    {
        var parsed = Parse(Page("Nov 7", "Title", "Abstract").Replace("\n", "\r"));

        parsed.Entries.ShouldHaveSingleItem().Title.ShouldBe("Title");
    }

    [Theory]
    [InlineData("Published on Sep 12, 2023")]
    [InlineData("· Sep 12, 2023")]
    public void Date_variants_without_a_separate_separator_line(string dateBlock)
    {
        var block = dateBlock.StartsWith("·") ? "  • 2 authors\n" + dateBlock : dateBlock;
        var meta = Parse(Page("Nov 7", "T", "A", block)).Entries.Single().ShouldHaveMeta();

        meta.PublishedOn.ShouldBe(new CalendarDate(2023, 9, 12));
    }

    [Theory]
    [InlineData("* 3 authors")]
    [InlineData("- 3 authors")]
    [InlineData("• 1 author")]
    public void Other_author_bullets(string line)
    {
        var meta = Parse(Page("Nov 7", "T", "A", Meta(line, "Oct 3, 2022"))).Entries.Single().ShouldHaveMeta();

        meta.AuthorCount.ShouldBe(line.Contains('1') ? 1 : 3);
    }

    [Fact]
    public void Upvote_lines_before_titles_are_not_papers()
    {
        var parsed = Parse(Page("Nov 7", "[-] 19", "T1", "A1", Authors(1, "Oct 3, 2022"), "[-] -\nT2", "A2"));

        parsed.Diagnostics.ShouldBeEmpty();
        parsed.Entries.Select(entry => entry.Title).ShouldBe(["T1", "T2"]);
    }

    [Fact]
    public void Header_variants_split_byline_navigation_and_extra_boilerplate_are_chrome()
    {
        var text = Items("new", "Get trending papers in your email inbox once a day!", "Subscribe", "by ", "AK", " and the research community",
            "Daily", "Weekly", "Monthly", "Nov 7", "T", "A");

        var parsed = Parse(text);

        parsed.Diagnostics.ShouldBeEmpty();
        parsed.Entries.ShouldHaveSingleItem().Title.ShouldBe("T");
    }

    [Fact]
    public void A_repeated_search_query_above_the_date_is_skipped_with_an_info_diagnostic()
    {
        var parsed = Parse(Items("new", "Subscribe", "Daily", "Weekly", "Monthly", "gradient", "Nov 7", "T", "A"));

        Ids(parsed).ShouldBe(["PDS012"]);
        parsed.Diagnostics[0].Position.LineNumber.ShouldBe(11);
        parsed.Entries.ShouldHaveSingleItem();
    }

    [Fact]
    public void Wrapped_titles_and_abstracts_are_joined_with_a_space()
    {
        var parsed = Parse(Page("Nov 7", "A Long Title\nContinued Here", "First half of\nthe abstract."));

        var entry = parsed.Entries.ShouldHaveSingleItem();
        entry.Title.ShouldBe("A Long Title Continued Here");
        entry.Abstract.ShouldBe("First half of the abstract.");
    }

    [Fact]
    public void Titles_keep_every_punctuation_character()
    {
        const string title = "What's \"new\"? -- A: B/C \\ {x} */ #if // 'quoted'";
        var parsed = Parse(Page("Nov 7", title, "Poincar\\'e {here} Tgeq 0 ldots https://github.com/x/y"));

        var entry = parsed.Entries.ShouldHaveSingleItem();
        entry.Title.ShouldBe(title);
        entry.Abstract.ShouldBe("Poincar\\'e {here} Tgeq 0 ldots https://github.com/x/y");
    }

    [Fact]
    public void Capture_date_that_disagrees_with_the_page_header_is_a_warning_at_the_header_line()
    {
        var parsed = Parse(Page("Nov 8", "T", "A"));

        var diagnostic = parsed.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS004");
        diagnostic.Position.LineNumber.ShouldBe(11);
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("07/11/2025")]
    [InlineData("yesterday")]
    public void Invalid_capture_date_is_reported_and_treated_as_missing(string capturedOn)
    {
        var parsed = Parse(Page("Nov 7", "T", "A", Authors(1, "Sep 2")), capturedOn);

        Ids(parsed).ShouldBe(["PDS007"]);
        parsed.CapturedOn.ShouldBeNull();
        parsed.Entries.Single().ShouldHaveMeta().PublishedOn.ShouldBeNull();
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
        var parsed = Parse(Page("Nov 7", "Title", "Abstract", block, "Next", "Abstract 2"));

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
        var parsed = Parse(Page("Nov 7", "T1", "A1", "Orphan", Authors(1, "Oct 3, 2022")));

        var diagnostic = parsed.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS008");
        diagnostic.MessageArgs.ShouldBe(["Orphan"]);
        diagnostic.Position.LineNumber.ShouldBe(17);
    }

    [Fact]
    public void A_file_cut_after_a_title_reports_the_title()
    {
        var parsed = Parse(Page("Nov 7", "T1", "A1", "Cut here"));

        parsed.Diagnostics.Single().Id.ShouldBe("PDS008");
        parsed.Entries.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_stray_meta_block_is_reported_once_at_its_first_line()
    {
        var parsed = Parse(Page("Nov 7", "T1", "A1", Authors(1, "Oct 3, 2022"), Authors(2, "Oct 4, 2022")));

        Ids(parsed).ShouldBe(["PDS001"]);
        parsed.Diagnostics.Select(diagnostic => diagnostic.Position.LineNumber).ShouldBe([21]);
        parsed.Diagnostics[0].MessageArgs[0].ShouldBe("lines 21 to 23");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t\n")]
    [InlineData("new\n\nSubscribe\n\nNov 7\n")]
    public void Empty_files_report_no_entries(string text)
    {
        Ids(Parse(text)).ShouldContain("PDS006");
    }

    [Fact]
    public void A_file_without_page_date_is_read_after_the_known_chrome_and_reported()
    {
        var parsed = Parse(Items("new", "Subscribe", "T", "A"));

        Ids(parsed).ShouldBe(["PDS010"]);
        parsed.Entries.ShouldHaveSingleItem().Title.ShouldBe("T");
    }

    [Fact]
    public void Same_text_gives_equal_results_so_the_pipeline_can_cache()
    {
        var text = Page("Nov 7", "T", "A", Authors(3, "Oct 3, 2022"));

        Parse(text).ShouldBe(Parse(text));
        Parse(text).ShouldNotBe(Parse(text + "T2\n\nA2\n"));
    }
}
