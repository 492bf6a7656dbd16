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

/// <summary>How the list is read when it is damaged: re-synchronisation, repeats, glued items, debris.</summary>
public class EntryReaderTests
{
    private static readonly string Long = "An abstract. " + new string('x', 400);
    private static readonly string Long2 = "Another abstract. " + new string('y', 400);

    private static string[] Titles(ReadResult parsed) => parsed.Entries.Select(entry => $"{entry.Position.LineNumber}:{entry.Title}").ToArray();

    [Fact]
    public void Four_hundred_characters_can_be_a_title_and_four_hundred_and_one_cannot()
    {
        var title = new string('t', 400);
        Titles(Pipeline.Parse(Page("Nov 7", title, "A"))).ShouldBe([$"13:{title}"]);

        var parsed = Pipeline.Parse(Page("Nov 7", title + "t", "A"));
        Ids(parsed).ShouldBe(["PDS001@13", "PDS008@15", "PDS006@1"]);
        parsed.Diagnostics[0].MessageArgs.ShouldBe(["line 13", new string('t', 120) + "…"]);
    }

    [Fact]
    public void A_lost_title_costs_one_paper_and_is_reported_at_its_abstract()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", Long, Long2, "T3", "A3"));

        Ids(parsed).ShouldBe(["PDS001@17"]);
        Titles(parsed).ShouldBe(["13:T1", "19:T3"]);
    }

    [Fact]
    public void A_lost_abstract_costs_one_paper_and_the_next_title_finds_its_own_abstract()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", "T2", Long2, "T3", Long));

        Ids(parsed).ShouldBe(["PDS008@13"]);
        Titles(parsed).ShouldBe(["15:T2", "19:T3"]);
        parsed.Entries[0].Abstract.ShouldBe(Long2);
    }

    [Fact]
    public void A_short_abstract_is_an_abstract_when_no_long_one_follows()
    {
        Titles(Pipeline.Parse(Page("Nov 7", "T1", "short", "T2", Long))).ShouldBe(["13:T1", "17:T2"]);
        Titles(Pipeline.Parse(Page("Nov 7", "T1", "short", "T2", "short 2"))).ShouldBe(["13:T1", "17:T2"]);
    }

    [Fact]
    public void A_short_abstract_with_a_meta_block_stays_put_when_a_long_text_follows()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", "short", Authors(1, "Oct 3, 2022"), Long));

        Titles(parsed).ShouldBe(["13:T1"]);
        Ids(parsed).ShouldBe(["PDS001@21"]);
    }

    [Fact]
    public void A_repeated_line_inside_an_item_is_reported_and_left_out()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "Title\nTitle", "Part one\nPart one\npart two"));

        Ids(parsed).ShouldBe(["PDS001@14", "PDS001@17"]);
        var entry = parsed.Entries.ShouldHaveSingleItem();
        entry.Title.ShouldBe("Title");
        entry.Abstract.ShouldBe("Part one part two");
    }

    [Fact]
    public void Items_that_lost_the_blank_line_between_them_are_read_one_line_each()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1\n" + Long, "T2\n" + Long2 + "\n" + Long2));

        Titles(parsed).ShouldBe(["13:T1", "16:T2"]);
        parsed.Entries[0].Abstract.ShouldBe(Long);
        parsed.Entries[1].Abstract.ShouldBe(Long2);
        Ids(parsed).ShouldBe(["PDS001@18"]);
    }

    [Fact]
    public void A_long_item_after_a_complete_paper_is_reported_whole()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", Long, Long2 + "\nwrapped tail"));

        Titles(parsed).ShouldBe(["13:T1"]);
        Ids(parsed).ShouldBe(["PDS001@17", "PDS008@18"]); // the tail, on its own, is a title without abstract
    }

    [Theory]
    [InlineData("Daily Papers")]
    [InlineData("Subscribe")]
    [InlineData("Nov 7")]
    [InlineData("Oct 3, 2022 5")]
    public void Chrome_and_lone_dates_inside_the_list_are_debris(string debris)
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", debris, "A1", debris, "T2", "A2"));

        Titles(parsed).ShouldBe(["13:T1", "21:T2"]);
        parsed.Entries[0].Abstract.ShouldBe("A1");
        Ids(parsed).ShouldBe(["PDS001@15", "PDS001@19"]);
        parsed.Diagnostics[0].MessageArgs.ShouldBe(["line 15", debris]);
    }

    [Theory]
    [InlineData("[-] 19", true)]
    [InlineData("[-] -", true)]
    [InlineData("[-]7", true)]
    [InlineData("[-] 123456789", true)]
    [InlineData("[-] 1234567890", false)]
    [InlineData("[-] ٣", false)]
    [InlineData("[-] 1 2", false)]
    [InlineData("x [-] 1", false)]
    public void Upvote_lines(string line, bool isUpvote)
    {
        var parsed = Pipeline.Parse(Page("Nov 7", line, "T", "A"));

        if (isUpvote)
        {
            Titles(parsed).ShouldBe(["15:T"]);
            parsed.Diagnostics.ShouldBeEmpty();
            LineShapes.StartsEntries(line).ShouldBeTrue();
        }
        else
        {
            Titles(parsed).ShouldBe([$"13:{line}"]);
        }
    }

    [Fact]
    public void An_upvote_line_ends_a_title_that_has_no_abstract_yet()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", "[-] 3", "T2", "A2"));

        Ids(parsed).ShouldBe(["PDS008@13"]);
        Titles(parsed).ShouldBe(["17:T2"]);
    }

    [Fact]
    public void A_stray_meta_block_is_one_diagnostic_spanning_its_lines()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "  • 3 authors\n·\nOct 3, 2022", "T", "A"));

        Ids(parsed).ShouldBe(["PDS001@13"]);
        parsed.Diagnostics[0].MessageArgs.ShouldBe(["lines 13 to 15", "• 3 authors"]);
        var lines = Pipeline.Lines(Page("Nov 7", "  • 3 authors\n·\nOct 3, 2022", "T", "A"));
        parsed.Diagnostics[0].Position.Start.ShouldBe(lines[12].Start);
        parsed.Diagnostics[0].Position.Length.ShouldBe(lines[14].Start + lines[14].Raw.Length - lines[12].Start);
    }

    [Fact]
    public void Entries_carry_their_meta_and_title_positions()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "[-] 2\nT1", "A1", Authors(4, "Oct 3, 2022 7")));

        var entry = parsed.Entries.ShouldHaveSingleItem();
        entry.Position.LineNumber.ShouldBe(14);
        entry.Position.Length.ShouldBe(2);
        entry.ShouldHaveMeta().CommentCount.ShouldBe(7);
    }

    [Theory]
    [InlineData("• 3 authors", true)]
    [InlineData("·", true)]
    [InlineData("· Oct 3", true)]
    [InlineData("·x", false)]
    [InlineData("[-] -", true)]
    [InlineData("Title", false)]
    public void Lines_that_start_the_list(string line, bool starts)
    {
        LineShapes.StartsEntries(line).ShouldBe(starts);
    }

    [Fact]
    public void Reading_the_list_stops_when_the_build_is_cancelled()
    {
        var lines = TextLines.SplitLines(Page("Nov 7", "T1", "A1", "T2", "A2"));
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<System.OperationCanceledException>(() => PaperDataset.Sources.Reading.TextCopy.EntryReader.Read("/data/page.txt", lines, 0, null, [], cancelled.Token));
    }

    [Fact]
    public void Debris_on_either_side_of_an_abstract_is_two_mistakes_not_one_run()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", "Subscribe", "A1", "Daily", "T2", "A2"));

        Ids(parsed).ShouldBe(["PDS001@15", "PDS001@19"]);
        Titles(parsed).ShouldBe(["13:T1", "21:T2"]);
    }

    [Fact]
    public void Debris_on_either_side_of_a_meta_block_is_two_mistakes_not_one_run()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", "A1", "Subscribe", Authors(3, "Oct 3, 2022"), "Daily", "T2", "A2"));

        Ids(parsed).ShouldBe(["PDS001@17", "PDS001@23"]);
        parsed.Entries[0].ShouldHaveMeta().AuthorCount.ShouldBe(3);
    }

    [Fact]
    public void Debris_after_an_abstract_whose_title_is_missing_is_a_mistake_apart_from_it_and_its_meta_block()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", "A1", "An abstract. Its title is lost", "Subscribe", Authors(3, "Oct 3, 2022"), "T2", "A2"));

        Ids(parsed).ShouldBe(["PDS001@19", "PDS001@17"]);
        parsed.Diagnostics.Select(diagnostic => diagnostic.MessageArgs[0]).ShouldBe(["line 19", "lines 17 to 23"]);
    }

    [Fact]
    public void Lines_skipped_before_a_title_without_an_abstract_are_reported_first()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", "Subscribe", "[-] 5", "T2", "A2"));

        Ids(parsed).ShouldBe(["PDS001@15", "PDS008@13"]);
    }

    [Fact]
    public void Text_with_a_full_stop_and_a_space_anywhere_even_first_is_an_abstract_not_a_title()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", "A1", ". and so on", Authors(3, "Oct 3, 2022"), "T2", "A2"));

        Ids(parsed).ShouldBe(["PDS001@17"]);
    }

    [Theory]
    [InlineData(120, "")]
    [InlineData(121, "…")]
    public void An_abstract_whose_title_is_lost_is_quoted_to_120_characters(int length, string ellipsis)
    {
        var orphan = new string('x', length - 1) + ".";

        var parsed = Pipeline.Parse(Page("Nov 7", "T1", "A1", orphan, Authors(3, "Oct 3, 2022"), "T2", "A2"));

        parsed.Diagnostics.ShouldHaveSingleItem().MessageArgs[1].ShouldBe(orphan.Substring(0, 120) + ellipsis);
    }

    [Fact]
    public void Debris_on_either_side_of_the_next_title_is_two_mistakes_not_one_run()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", "A1", "Subscribe", "T2", "Daily", "A2"));

        Ids(parsed).ShouldBe(["PDS001@17", "PDS001@21"]);
        Titles(parsed).ShouldBe(["13:T1", "19:T2"]);
    }
}
