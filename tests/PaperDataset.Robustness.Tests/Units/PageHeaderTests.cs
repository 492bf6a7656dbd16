using System.Linq;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Testing;
using Shouldly;
using Xunit;
using static PaperDataset.Testing.ScrapeBuilder;
using static PaperDataset.Robustness.Tests.Infrastructure.ReadResults;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>The header: chrome, the page date as an item of its own, and how much unknown text may sit above it.</summary>
public class PageHeaderTests
{
    [Fact]
    public void Two_unknown_lines_above_the_date_are_skipped_and_three_refuse_the_file()
    {
        Ids(Pipeline.Parse(Items("new", "q1", "q2", "Nov 7", "T", "A"))).ShouldBe(["PDS012@3", "PDS012@5"]);

        var refused = Pipeline.Parse(Items("new", "q1", "q2", "q3", "Nov 7", "T", "A"));

        refused.Entries.ShouldBeEmpty();
        Ids(refused).ShouldBe(["PDS013@3"]);
        refused.Diagnostics[0].MessageArgs[1].ShouldBe(
            "3 lines above the page date on line 9 are not Daily Papers page text, e.g. line 3 (\"q1\"): site navigation or another page");
    }

    [Fact]
    public void The_page_date_is_found_at_the_very_start_and_at_the_very_end()
    {
        Pipeline.Parse("Nov 7\n\nT\n\nA").Entries.ShouldHaveSingleItem().Title.ShouldBe("T");
        Ids(Pipeline.Parse("new\n\nNov 7")).ShouldBe(["PDS006@1"]);
    }

    [Fact]
    public void A_date_inside_a_block_is_not_the_page_date()
    {
        var parsed = Pipeline.Parse("new\nNov 7\n\nT\n\nA\n");

        Ids(parsed).ShouldContain("PDS010@1");
        var below = Pipeline.Parse("new\n\nNov 7\nx\n\nT\n\nA\n");
        Ids(below).ShouldContain("PDS010@1");
    }

    [Fact]
    public void The_search_for_the_date_stops_at_the_first_meta_upvote_or_abstract_line()
    {
        var longLine = new string('a', 401);

        Ids(Pipeline.Parse(Items("new", "T", longLine, "Nov 7", "T2", "A2"))).ShouldContain("PDS010@1");
        Ids(Pipeline.Parse(Items("new", "T", "  • 3 authors", "Nov 7", "T2", "A2"))).ShouldContain("PDS010@1");
        Ids(Pipeline.Parse(Items("new", "T", "·", "Nov 7", "T2", "A2"))).ShouldContain("PDS010@1");
        Ids(Pipeline.Parse(Items("new", "T", "[-] 4", "Nov 7", "T2", "A2"))).ShouldContain("PDS010@1");
        Ids(Pipeline.Parse(Items("new", "T", new string('a', 400), "Nov 7", "T2", "A2"))).ShouldBe(["PDS012@3", "PDS012@5"]);
    }

    [Fact]
    public void The_date_is_looked_for_among_the_first_sixty_four_lines()
    {
        var chrome = Enumerable.Repeat("Daily", 63).ToList();

        Pipeline.Parse(Items([.. chrome, "Nov 7", "T", "A"])).Diagnostics.ShouldBeEmpty();
        Ids(Pipeline.Parse(Items([.. chrome, "Daily", "Nov 7", "T", "A"]))).ShouldContain("PDS010@1");
    }

    [Fact]
    public void Without_a_date_reading_starts_at_the_first_line_that_is_not_chrome()
    {
        var parsed = Pipeline.Parse(Items("new", "Subscribe", "T", "A", "Daily", "T2", "A2"));

        Ids(parsed).ShouldBe(["PDS010@1", "PDS001@9"]);
        parsed.Entries.Select(entry => entry.Title).ShouldBe(["T", "T2"]);
        Ids(Pipeline.Parse(Items("new", "Subscribe"))).ShouldBe(["PDS010@1", "PDS006@1"]);
        Ids(Pipeline.Parse("\n\n")).ShouldBe(["PDS006@1"]);
    }

    [Theory]
    [InlineData("Trending Papers")]
    [InlineData("by AK and the research community")]
    [InlineData("Get trending papers in your email inbox once a day!")]
    public void Every_known_chrome_line_is_skipped(string chrome)
    {
        Pipeline.Parse(Items("new", chrome, "Nov 7", "T", "A")).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void The_header_date_is_checked_against_the_capture_date_month_and_day()
    {
        Ids(Pipeline.Parse(Page("Nov 7", "T", "A"), capturedOn: "2025-11-08")).ShouldBe(["PDS004@11"]);
        Ids(Pipeline.Parse(Page("Nov 7", "T", "A"), capturedOn: "2025-10-07")).ShouldBe(["PDS004@11"]);
        Ids(Pipeline.Parse(Page("Nov 7", "T", "A"), capturedOn: "2024-11-07")).ShouldBeEmpty();
    }
}
