using System.Linq;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Sources.Model;
using Shouldly;
using Xunit;
using static PaperDataset.Robustness.Tests.Infrastructure.ReadResults;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>
/// The text-browser reader (docs/FORMAT.md, "Text-browser output with reference links"): each shape a heading, a bracketed
/// link and a meta line can take, and every damaged one as a diagnostic that names its line and why.
/// </summary>
public class TextBrowserReaderTests
{
    private const string Abstract = "An abstract long enough to be one, about gradients and what they do.";

    private static readonly string[] FullMeta = ["[", "* 4 authors", "][4]", "·", "Oct 3, 2022 [ 4][5]"];

    /// <summary>
    /// One paper as the browser prints it: the upvote count (lines 1-3 of the paper), the linked title (line 5), the abstract
    /// (lines 7-11), then the meta lines given (from line 12), and a blank line.
    /// </summary>
    private static string Paper(string title, params string[] meta) =>
        $"[\n3\n][1]\n\n### [{title}][2]\n\n[\n\n{Abstract}\n\n][3]\n" + string.Concat(meta.Select(line => line + "\n")) + "\n";

    /// <summary>The page date on line 1, then the papers: the first one's title is on line 6, its meta from line 13.</summary>
    private static string Page(params string[] papers) => "Nov 7\n" + string.Concat(papers);

    /// <summary>
    /// Three papers, "Before", the one with the heading and abstract lines given ('|' between lines; the heading starts on
    /// line 11, its abstract on line 15 when the heading is one line) and "Next": the page's header ends at the first title.
    /// </summary>
    private static string Between(string heading, string abstractLines) =>
        $"Nov 7\n\n### [Before][1]\n\n[\n\n{Abstract}\n\n][2]\n\n{heading.Replace('|', '\n')}\n\n[\n\n{abstractLines.Replace('|', '\n')}\n\n][3]\n\n"
        + $"### [Next][4]\n\n[\n\n{Abstract}\n\n][5]\n";

    private static string Meta(SourceEntry entry) =>
        $"{entry.Upvotes}|{entry.AuthorCount}|{entry.Organization?.Handle}/{entry.Organization?.Name}|{entry.PublishedOn}|{entry.CommentCount}";

    [Theory]
    [InlineData("[|* 4 authors|][4]|·|Oct 3, 2022 [ 4][5]", "3|4|/|2022-10-03|4")]
    [InlineData("[|* 4 authors|][4]|· Oct 3, 2022 [ 4][5]", "3|4|/|2022-10-03|4")]
    [InlineData("[|* 4 authors|][4]|·|Oct 3, 2022", "3|4|/|2022-10-03|0")]
    [InlineData("* 4 authors|·|Oct 3, 2022", "3|4|/|2022-10-03|0")]
    [InlineData("[[Idiap] Idiap Research Institute][4]|·|May 30", "3||Idiap/Idiap Research Institute|2025-05-30|0")]
    public void A_paper_reads_its_meta_in_each_shape_the_browser_prints(string meta, string expected)
    {
        var parsed = Pipeline.Parse(Page(Paper("T", meta.Split('|'))));

        parsed.Format.ShouldBe(SourceFormat.TextBrowser);
        Ids(parsed).ShouldBeEmpty();
        var entry = parsed.Entries.ShouldHaveSingleItem();
        (entry.Title, entry.Abstract, entry.Position.LineNumber).ShouldBe(("T", Abstract, 6));
        Meta(entry).ShouldBe(expected);
    }

    [Theory]
    [InlineData("[65][1]", 65)]
    [InlineData("[\n65\n][1]", 65)]
    [InlineData("[-][1]", null)]
    [InlineData("[\n-\n][1]", null)]
    public void The_upvote_count_is_read_from_its_link_on_one_line_or_bracketed_over_three(string upvotes, int? expected)
    {
        var parsed = Pipeline.Parse(Page(Paper("T", FullMeta).Replace("[\n3\n][1]", upvotes)));

        Ids(parsed).ShouldBeEmpty();
        parsed.Entries.ShouldHaveSingleItem().Upvotes.ShouldBe(expected);
    }

    [Theory]
    [InlineData("[[Idiap]][4]|·|Oct 3, 2022", 13, "the organisation \"Idiap\" has no name")]
    [InlineData("[|* three authors|][4]|·|Oct 3, 2022", 13, "\"* three authors\" is not an author count such as \"- 3 authors\"")]
    [InlineData("* three authors|·|Oct 3, 2022", 13, "\"* three authors\" is not an author count such as \"- 3 authors\"")]
    [InlineData("[|* 4 authors|][4]|· yesterday", 16, "\"· yesterday\" has no date after the separator")]
    [InlineData("[|* 4 authors|][4]|· Soon [ 4][5]", 16, "\"· Soon [ 4][5]\" has no date after the separator")]
    [InlineData("[|* 4 authors|][4]|·", 16, "no date after the separator")]
    [InlineData("·|Oct 3, 2022 [ 4][5]", 13, "nothing before the separator: the author count or organisation is missing")]
    [InlineData("[|* 4 authors|][4]|·|Oct 3, 2022 [ 4][5]|Oct 4, 2022 [ 2][6]", 18, "a second date, \"Oct 4, 2022 [ 2][6]\"")]
    public void A_malformed_meta_block_is_one_PDS002_naming_the_line_and_why_and_the_paper_is_kept_without_meta(string meta, int line, string reason)
    {
        var parsed = Pipeline.Parse(Page(Paper("T", meta.Split('|')), Paper("T2", FullMeta)));

        Ids(parsed).ShouldBe([$"PDS002@{line}"]);
        parsed.Diagnostics[0].MessageArgs.ShouldBe(["T", reason]);
        parsed.Entries.Select(entry => (entry.Title, entry.Shown)).ShouldBe([("T", EntryFacts.None), ("T2", EntryFacts.AuthorCount | EntryFacts.Organization | EntryFacts.PublishedOn | EntryFacts.CommentCount)]);
    }

    [Theory]
    [InlineData("some stray words")]
    [InlineData("Soon [ 4][5]")] // bracketed like a comment count, but no date before it
    public void A_line_that_is_nothing_the_page_shows_is_PDS001_and_both_papers_keep_their_meta(string stray)
    {
        var parsed = Pipeline.Parse(Page(Paper("T", [.. FullMeta, stray]), Paper("T2", FullMeta)));

        Ids(parsed).ShouldBe(["PDS001@18"]);
        parsed.Diagnostics[0].MessageArgs.ShouldBe(["line 18", stray]);
        parsed.Entries.Select(entry => (entry.Title, Meta(entry))).ShouldBe([("T", "3|4|/|2022-10-03|4"), ("T2", "3|4|/|2022-10-03|4")]);
    }

    [Theory]
    [InlineData("### [Linked title][2]", "Linked title")]
    [InlineData("### Plain heading", "Plain heading")]
    [InlineData("### [Wrapped over|### two lines][2]", "Wrapped over two lines")]
    [InlineData("### [Wrapped over|two lines][2]", "Wrapped over two lines")]
    [InlineData("### [Never closed", "Never closed")]
    public void A_title_is_read_from_each_heading_shape(string heading, string title)
    {
        var parsed = Pipeline.Parse(Between(heading, Abstract));

        Ids(parsed).ShouldBeEmpty();
        parsed.Entries.Select(entry => (entry.Title, entry.Abstract)).ShouldBe([("Before", Abstract), (title, Abstract), ("Next", Abstract)]);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(400, true)]
    [InlineData(0, false)]
    [InlineData(401, false)]
    public void A_heading_is_a_title_only_when_its_text_has_a_title_length(int length, bool isTitle)
    {
        var title = new string('x', length);

        var parsed = Pipeline.Parse(Between($"### [{title}][2]", Abstract));

        if (isTitle)
        {
            Ids(parsed).ShouldBeEmpty();
            parsed.Entries.Select(entry => entry.Title).ShouldBe(["Before", title, "Next"]);
        }
        else
        {
            Ids(parsed).ShouldBe(["PDS001@11"]); // the heading and the abstract under it, as one run of lines
            parsed.Diagnostics[0].MessageArgs[0].ShouldBe("lines 11 to 17");
            parsed.Entries.Select(entry => entry.Title).ShouldBe(["Before", "Next"]);
        }
    }

    [Theory]
    [InlineData("One line.", "One line.")]
    [InlineData("Hard-wrapped by|the browser over|three lines.", "Hard-wrapped by the browser over three lines.")]
    [InlineData("Results improve by|42", "Results improve by 42")] // a last line that is a number is no upvote count inside an abstract
    [InlineData("A line.|A line that repeats the start.", "A line. A line that repeats the start.")]
    public void An_abstract_is_its_lines_joined(string lines, string expected)
    {
        var parsed = Pipeline.Parse(Between("### [T][2]", lines));

        Ids(parsed).ShouldBeEmpty();
        var entry = parsed.Entries[1];
        (entry.Title, entry.Abstract, entry.Upvotes).ShouldBe(("T", expected, (int?)null));
    }

    [Theory]
    [InlineData("A paragraph.||Another one.", 19)]
    [InlineData("One.||Two.||Three.", 21)]
    [InlineData("Same line.|Same line.", 18)]
    [InlineData("Same line.|Same line.|Next line.", 19)]
    [InlineData("First.|Same line.|Same line.", 19)]
    [InlineData("Same line.||Same line.", 19)]
    public void A_bracket_with_a_blank_line_or_a_repeated_line_inside_is_no_abstract_but_skipped_lines_and_a_title_without_abstract(string lines, int closingLine)
    {
        var parsed = Pipeline.Parse(Between("### [T][2]", lines));

        Ids(parsed).ShouldBe(["PDS001@13", "PDS008@11"]);
        parsed.Diagnostics[0].MessageArgs[0].ShouldBe($"lines 13 to {closingLine}");
        parsed.Diagnostics[1].MessageArgs.ShouldBe(["T"]);
        parsed.Entries.Select(entry => entry.Title).ShouldBe(["Before", "Next"]);
    }

    [Theory]
    [InlineData("### [Cut title\n")]
    [InlineData("### [Cut title")]
    [InlineData("### [Cut title][5]\n\n[\n\nAn abstract cut off by the end of the")]
    [InlineData("### [Cut title][5]\n\n[\n\nAn abstract cut off by the end of the\n\n[Content truncated]\n```\n")]
    public void A_capture_that_ends_inside_a_paper_keeps_the_papers_before_it_and_names_the_cut_one(string cut)
    {
        var parsed = Pipeline.Parse(Page(Paper("T", FullMeta)) + cut);

        Ids(parsed).ShouldBe(["PDS008@19"]);
        parsed.Diagnostics[0].MessageArgs.ShouldBe(["Cut title"]);
        parsed.Entries.ShouldHaveSingleItem().Title.ShouldBe("T");
    }

    [Theory]
    [InlineData("[][9]")] // the avatar's empty link
    [InlineData("[IMG]")] // or its image
    [InlineData("\u200B")] // or the zero-width space a copy keeps of it
    public void An_organisation_written_as_a_link_with_its_url_on_the_next_line_after_an_empty_link_reads_with_its_date_and_comments(string emptyLink)
    {
        var parsed = Pipeline.Parse(Page(Paper("T", emptyLink, " Google", "https://huggingface.co/google", "·", "Oct 3, 2022", "2", "https://huggingface.co/papers/2401.00001#community")));

        Ids(parsed).ShouldBeEmpty();
        var entry = parsed.Entries.ShouldHaveSingleItem();
        (entry.Organization, entry.PublishedOn, entry.CommentCount).ShouldBe((new OrganizationSpec("google", "Google"), (CalendarDate?)new CalendarDate(2022, 10, 3), (int?)2));
    }
}
