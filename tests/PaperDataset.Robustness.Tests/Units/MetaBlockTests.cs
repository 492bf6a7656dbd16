using System.Linq;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.PageVocabulary;
using PaperDataset.Sources.Text;
using PaperDataset.Testing;
using PaperDataset.Robustness.Tests.Infrastructure;
using Shouldly;
using Xunit;
using static PaperDataset.Testing.ScrapeBuilder;
using static PaperDataset.Robustness.Tests.Infrastructure.ReadResults;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>
/// The meta block (FORMAT.md, "One entry"): author count or organisation, the separator, a date with an optional comment
/// count, in each rendering FORMAT.md lists; year-less dates resolved against the capture date; malformed blocks reported.
/// </summary>
public class MetaBlockTests
{
    /// <summary>One paper, "T" / "A", followed by the given meta block, on a page captured on <paramref name="capturedOn"/>.</summary>
    private static ReadResult ParseMeta(string block, string? capturedOn = ScrapeDocument.CapturedOnText) =>
        Pipeline.Parse(Page("Nov 7", "T", "A", block), capturedOn: capturedOn);

    private static SourceEntry ValidMeta(string block, string? capturedOn = ScrapeDocument.CapturedOnText)
    {
        var parsed = ParseMeta(block, capturedOn);
        parsed.Diagnostics.Where(diagnostic => diagnostic.Id != "PDS003").ShouldBeEmpty();
        return parsed.Entries.ShouldHaveSingleItem().ShouldHaveMeta();
    }

    /// <summary>The reason PDS002 gives for a malformed block; the paper itself is kept, without meta.</summary>
    private static string Malformed(string block)
    {
        var parsed = ParseMeta(block);
        var entry = parsed.Entries.ShouldHaveSingleItem();
        entry.Title.ShouldBe("T");
        entry.Shown.ShouldBe(EntryFacts.None);
        var diagnostic = parsed.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS002");
        diagnostic.Position.LineNumber.ShouldBe(17); // the block's first line
        diagnostic.MessageArgs.Count.ShouldBe(2);
        diagnostic.MessageArgs[0].ShouldBe("T");
        return diagnostic.MessageArgs[1];
    }

    [Theory]
    [InlineData("  • 3 authors", 3)]
    [InlineData("  • 1 authors", 1)]
    [InlineData("• 1 author", 1)]
    [InlineData("* 12 authors", 12)]
    [InlineData("- 2 authors", 2)]
    [InlineData("  • 123456789 authors", 123456789)]
    public void The_author_count_is_the_number_on_the_bullet_line(string line, int count)
    {
        var meta = ValidMeta(line + "\n·\nOct 3, 2022");

        meta.AuthorCount.ShouldBe(count);
        meta.Organization.ShouldBeNull();
        meta.PublishedOn.ShouldBe(new CalendarDate(2022, 10, 3));
        meta.CommentCount.ShouldBe(0);
    }

    [Theory]
    [InlineData("PEARLS-Lab PEARLS Lab", "PEARLS-Lab", "PEARLS Lab")]
    [InlineData("KaLM-Embedding KaLM-Embedding", "KaLM-Embedding", "KaLM-Embedding")]
    [InlineData("ORG\tOrg Name", "ORG", "Org Name")]
    [InlineData("ORG    Spaced  Name", "ORG", "Spaced  Name")]
    public void An_organisation_line_is_a_handle_then_a_display_name(string line, string handle, string name)
    {
        var meta = ValidMeta(line + "\n·\nFeb 21, 2024 3");

        meta.AuthorCount.ShouldBeNull();
        meta.Organization.ShouldBe(new OrganizationSpec(handle, name));
        meta.PublishedOn.ShouldBe(new CalendarDate(2024, 2, 21));
        meta.CommentCount.ShouldBe(3);
    }

    [Theory]
    [InlineData("Feb 21, 2024 3", 2024, 2, 21, 3)]
    [InlineData("Oct 3, 2022", 2022, 10, 3, 0)]
    [InlineData("Dec 31, 1999 0", 1999, 12, 31, 0)]
    [InlineData("Jan 1, 2025 123456789", 2025, 1, 1, 123456789)]
    [InlineData("Nov 2", 2025, 11, 2, 0)]
    [InlineData("Nov 7", 2025, 11, 7, 0)]
    [InlineData("Nov 7 4", 2025, 11, 7, 4)]
    [InlineData("Sep 2 4", 2025, 9, 2, 4)]
    [InlineData("Nov 8", 2024, 11, 8, 0)]
    [InlineData("Dec 31", 2024, 12, 31, 0)]
    [InlineData("Jan 1", 2025, 1, 1, 0)]
    [InlineData("Feb 29", 2024, 2, 29, 0)]
    public void The_date_line_gives_the_date_and_the_number_after_it_the_comment_count(string date, int year, int month, int day, int comments)
    {
        var meta = ValidMeta(Authors(3, date));

        meta.PublishedOn.ShouldBe(new CalendarDate(year, month, day));
        meta.CommentCount.ShouldBe(comments);
    }

    [Theory]
    [InlineData("Jan", 1)]
    [InlineData("Feb", 2)]
    [InlineData("Mar", 3)]
    [InlineData("Apr", 4)]
    [InlineData("May", 5)]
    [InlineData("Jun", 6)]
    [InlineData("Jul", 7)]
    [InlineData("Aug", 8)]
    [InlineData("Sep", 9)]
    [InlineData("Oct", 10)]
    [InlineData("Nov", 11)]
    [InlineData("Dec", 12)]
    public void Every_month_abbreviation_is_its_month(string abbreviation, int month)
    {
        ValidMeta(Authors(1, $"{abbreviation} 1, 2020")).PublishedOn.ShouldBe(new CalendarDate(2020, month, 1));
    }

    [Theory]
    [InlineData("Published on Sep 12, 2023", 2023, 9, 12, 0)]
    [InlineData("Published on Sep 12", 2025, 9, 12, 0)]
    [InlineData("Published on   Sep 12, 2023 7", 2023, 9, 12, 7)]
    public void A_published_on_line_alone_is_a_meta_block_with_only_a_date(string line, int year, int month, int day, int comments)
    {
        var meta = ValidMeta(line);

        meta.AuthorCount.ShouldBeNull();
        meta.Organization.ShouldBeNull();
        meta.PublishedOn.ShouldBe(new CalendarDate(year, month, day));
        meta.CommentCount.ShouldBe(comments);
    }

    [Fact]
    public void Published_on_may_also_follow_the_separator()
    {
        ValidMeta(Authors(2, "Published on Sep 12, 2023")).PublishedOn.ShouldBe(new CalendarDate(2023, 9, 12));
    }

    [Theory]
    [InlineData("  • 3 authors\n· Dec 28, 2024", 3, null)]
    [InlineData("  • 3 authors\n·\tDec 28, 2024", 3, null)]
    [InlineData("ORG Org Name\n· Dec 28, 2024", null, "ORG")]
    public void The_separator_and_the_date_may_share_a_line(string block, int? authors, string? organisation)
    {
        var meta = ValidMeta(block);

        meta.AuthorCount.ShouldBe(authors);
        meta.Organization?.Handle.ShouldBe(organisation);
        meta.PublishedOn.ShouldBe(new CalendarDate(2024, 12, 28));
    }

    [Fact]
    public void A_meta_block_ends_the_paper_so_the_next_text_is_a_title()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", "A1", Authors(3, "Oct 3, 2022"), "T2", "A2", Meta("ORG Org", "Nov 2 1")));

        parsed.Diagnostics.ShouldBeEmpty();
        parsed.Entries.Select(entry => $"{entry.Title}/{entry.Abstract}/{entry.AuthorCount}/{entry.Organization?.Handle}/{entry.PublishedOn}")
            .ShouldBe(["T1/A1/3//2022-10-03", "T2/A2//ORG/2025-11-02"]);
    }

    [Fact]
    public void Without_a_capture_date_year_less_dates_stay_unresolved_and_dated_ones_are_kept()
    {
        var yearless = ValidMeta(Authors(3, "Nov 2 5"), capturedOn: null);
        yearless.PublishedOn.ShouldBeNull();
        yearless.CommentCount.ShouldBe(5);

        ValidMeta(Authors(3, "Oct 3, 2022"), capturedOn: null).PublishedOn.ShouldBe(new CalendarDate(2022, 10, 3));
    }

    [Theory]
    [InlineData("2025-11-07", 2, 29, 2024)]
    [InlineData("2024-02-29", 2, 29, 2024)]
    [InlineData("2024-02-28", 2, 29, 2020)]
    [InlineData("2104-02-28", 2, 29, 2096)] // 2100 is no leap year: eight years back, the longest possible wait
    [InlineData("2025-03-01", 3, 1, 2025)]
    [InlineData("2025-02-28", 3, 1, 2024)]
    [InlineData("2025-12-31", 12, 31, 2025)]
    [InlineData("2025-01-01", 1, 1, 2025)]
    [InlineData("2025-01-01", 12, 31, 2024)]
    public void A_year_less_date_is_the_latest_such_date_on_or_before_the_capture(string capturedOn, int month, int day, int year)
    {
        CalendarDate.TryParseIso(capturedOn, out var captured).ShouldBeTrue();

        MetaBlock.ResolveYear(month, day, captured).ShouldBe(new CalendarDate(year, month, day));
    }

    [Fact]
    public void A_year_less_date_before_year_one_cannot_be_resolved()
    {
        MetaBlock.ResolveYear(12, 31, new CalendarDate(1, 6, 1)).ShouldBeNull();
        MetaBlock.ResolveYear(5, 1, new CalendarDate(1, 6, 1)).ShouldBe(new CalendarDate(1, 5, 1));
    }

    [Fact]
    public void Through_the_parser_a_leap_day_resolves_to_the_latest_leap_year()
    {
        ValidMeta(Authors(3, "Feb 29"), capturedOn: "2027-11-07").PublishedOn.ShouldBe(new CalendarDate(2024, 2, 29));
    }

    [Theory]
    [InlineData("  • 3 authors\n·\nOct 35, 2022", "\"Oct 35, 2022\" is not a real date")]
    [InlineData("  • 3 authors\n·\nFeb 29, 2023", "\"Feb 29, 2023\" is not a real date")]
    [InlineData("  • 3 authors\n·\nOct 0, 2022", "\"Oct 0, 2022\" is not a real date")]
    [InlineData("  • 3 authors\n·\nFeb 30", "\"Feb 30\" is not a real date")]
    [InlineData("  • 3 authors\n·\nApr 31 2", "\"Apr 31 2\" is not a real date")]
    [InlineData("  • 3 authors\n·\nyesterday", "\"yesterday\" is not a date such as \"Oct 3, 2022\" or \"Nov 2\"")]
    [InlineData("  • 3 authors\n·\nOct 3, 22", "\"Oct 3, 22\" is not a date such as \"Oct 3, 2022\" or \"Nov 2\"")]
    [InlineData("  • 3 authors\n·\nOctober 3, 2022", "\"October 3, 2022\" is not a date such as \"Oct 3, 2022\" or \"Nov 2\"")]
    [InlineData("  • 3 authors\n·\nOct 3, 2022 ٣", "\"Oct 3, 2022 ٣\" is not a date such as \"Oct 3, 2022\" or \"Nov 2\"")]
    [InlineData("  • 3 authors\n·", "no date after the separator")]
    [InlineData("  • 3 authors", "no date after the separator")]
    [InlineData("  • 3 authors\n·\nOct 3, 2022\nextra", "unexpected line \"extra\"")]
    [InlineData("  • 3 authors\n· Oct 3, 2022\nextra", "unexpected line \"extra\"")]
    [InlineData("Lonely\n·\nOct 3, 2022", "organisation line \"Lonely\" has a handle but no display name")]
    [InlineData("·\nOct 3, 2022", "nothing before the separator: the author count or organisation line is missing")]
    [InlineData("· Oct 3, 2022", "nothing before the separator: the author count or organisation line is missing")]
    [InlineData("·\n·\nOct 3, 2022", "nothing before the separator: the author count or organisation line is missing")]
    [InlineData("Published on yesterday", "\"Published on yesterday\" is not a date such as \"Oct 3, 2022\" or \"Nov 2\"")]
    public void A_malformed_meta_block_keeps_the_paper_and_says_why(string block, string why)
    {
        Malformed(block).ShouldBe(why);
    }

    [Fact]
    public void A_long_date_line_is_quoted_cut_short()
    {
        var junk = "Oct " + new string('9', 70);

        Malformed(Authors(3, junk)).ShouldBe($"\"{junk.Substring(0, 60)}…\" is not a date such as \"Oct 3, 2022\" or \"Nov 2\"");
        var sixty = "Oct " + new string('9', 56);
        Malformed(Authors(3, sixty)).ShouldBe($"\"{sixty}\" is not a date such as \"Oct 3, 2022\" or \"Nov 2\"");
    }

    [Theory]
    [InlineData("  • 3 authors")]
    [InlineData("* 3 authors")]
    [InlineData("- 1 author")]
    [InlineData("·")]
    [InlineData("· Oct 3")]
    public void Meta_lines_start_the_list(string line)
    {
        MetaBlock.IsMetaLine(line.Trim()).ShouldBeTrue();
    }

    [Theory]
    [InlineData("·x")]
    [InlineData("3 authors")]
    [InlineData("• three authors")]
    [InlineData("• 3 authors and more")]
    [InlineData("• 3")]
    [InlineData("• 1234567890 authors")]
    [InlineData("+ 3 authors")]
    [InlineData("Title")]
    [InlineData("")]
    public void Other_lines_are_not_meta_lines(string line)
    {
        MetaBlock.IsMetaLine(line).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Oct 3, 2022", true)]
    [InlineData("Oct 3, 2022 5", true)]
    [InlineData("Nov 7", true)]
    [InlineData("Nov 7 12", true)]
    [InlineData("Nov 123", false)]
    [InlineData("nov 7", false)]
    [InlineData("Nov 7,", false)]
    [InlineData("Nov 7, 2022 5 6", false)]
    [InlineData("On Nov 7", false)]
    public void Dates_as_meta_blocks_and_the_page_header_write_them(string text, bool isDate)
    {
        MetaBlock.IsDate(text).ShouldBe(isDate);
    }

    [Theory]
    [InlineData("Nov 7", 11, 7)]
    [InlineData("Jan 1", 1, 1)]
    [InlineData("Dec 31", 12, 31)]
    [InlineData("Feb 29", 2, 29)]
    [InlineData("Sep 09", 9, 9)]
    public void The_page_date_is_a_month_and_a_day(string text, int month, int day)
    {
        MetaBlock.TryParsePageDate(text, out var parsedMonth, out var parsedDay).ShouldBeTrue();

        (parsedMonth, parsedDay).ShouldBe((month, day));
    }

    [Theory]
    [InlineData("Nov 7, 2025")]
    [InlineData("Nov 7 3")]
    [InlineData("Feb 30")]
    [InlineData("Nov 0")]
    [InlineData("Nov 31")]
    [InlineData("November 7")]
    [InlineData("Nov 7 ")]
    [InlineData("")]
    public void Anything_else_is_not_a_page_date(string text)
    {
        MetaBlock.TryParsePageDate(text, out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void A_page_date_that_is_no_real_date_is_no_page_date()
    {
        var parsed = Pipeline.Parse(Page("Feb 30", "T", "A"));

        Ids(parsed).ShouldContain("PDS010@1");
    }

    [Theory]
    [InlineData("ORG Org Name\nOct 3, 2022")]
    [InlineData("Just a title\nsecond line")]
    public void A_block_without_bullet_or_separator_is_text_not_meta(string block)
    {
        MetaBlock.LooksLikeMeta(Pipeline.Lines(block)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("  • 3 authors\n·\nOct 3, 2022")]
    [InlineData("  • 3 authors")]
    [InlineData("ORG Org\n·\nOct 3")]
    [InlineData("x\ny\n· Oct 3")]
    [InlineData("Published on Sep 12, 2023")]
    public void A_block_with_a_bullet_a_separator_or_a_published_on_line_is_meant_as_meta(string block)
    {
        MetaBlock.LooksLikeMeta(Pipeline.Lines(block)).ShouldBeTrue();
    }

    [Fact]
    public void Published_on_opens_a_meta_block_only_as_a_line_of_its_own()
    {
        MetaBlock.LooksLikeMeta(Pipeline.Lines("Published on Sep 12, 2023\nmore text")).ShouldBeFalse();
    }
}
