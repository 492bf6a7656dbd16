using System.Linq;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Sources.Model;
using Shouldly;
using Xunit;
using static PaperDataset.Robustness.Tests.Infrastructure.ReadResults;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>
/// The Markdown reader line by line: which link is which meta, how titles and abstracts wrap, and which lines it skips
/// with which diagnostic. Pages are written out line by line so every expected line number can be counted in the test.
/// </summary>
public class MarkdownReaderTests
{
    private const string PaperUrl = "https://huggingface.co/papers/2401.00001";
    private const string UpvoteUrl = "https://huggingface.co/login?next=%2Fpapers%2F2401.00001";
    private const string Abstract = "An abstract long enough to be one, about gradients and what they do.";

    // A daily page's header takes lines 1 to 4: the first line given here is line 5.
    private static string DailyPage(params string[] lines) => "# Daily Papers\n\nNov 7\n\n" + string.Join("\n", lines) + "\n";

    // Upvotes on line 5, the title on line 7, the abstract on line 9, the meta from line 11 on.
    private static string[] Paper(params string[] meta) => [$"[3]({UpvoteUrl})", "", $"### [T]({PaperUrl})", "", $"[{Abstract}]({PaperUrl})", "", .. meta];

    // A listing without a page date (trending): the first paper's heading is line 3, and a plain second paper follows it.
    private static string Listing(string paper) => "## Trending Papers\n\n" + paper + "\n### Other\n\nAnother summary.\n- 2 authors\n";

    [Theory]
    [InlineData("[101]", 101)]
    [InlineData("[-]", null)]
    [InlineData("[Upvote\\\\\n117]", 117)]
    [InlineData("[\\\\\n117]", 117)]
    public void An_upvote_link_gives_its_count_on_one_line_or_after_a_hard_break(string link, int? upvotes)
    {
        var parsed = Pipeline.Parse(DailyPage($"{link}({UpvoteUrl})", "", $"### [T]({PaperUrl})", "", $"[{Abstract}]({PaperUrl})"));

        Ids(parsed).ShouldBeEmpty();
        parsed.Entries.ShouldHaveSingleItem().Upvotes.ShouldBe(upvotes);
    }

    [Theory]
    [InlineData("[- 3 authors]")]
    [InlineData("[- ![](https://huggingface.co/avatars/a.svg)\\\\\n- ![](https://huggingface.co/avatars/b.svg)\\\\\n- 3 authors]")]
    [InlineData("[\\\\\n- 3 authors]")]
    public void An_author_count_link_gives_its_count_under_any_avatars(string link)
    {
        var parsed = Pipeline.Parse(DailyPage(Paper($"{link}({PaperUrl})", "", "·", "", "Oct 3, 2022")));

        Ids(parsed).ShouldBeEmpty();
        parsed.Entries.ShouldHaveSingleItem().AuthorCount.ShouldBe(3);
    }

    [Fact]
    public void A_comment_link_on_its_own_line_after_the_date_gives_the_comment_count()
    {
        var parsed = Pipeline.Parse(DailyPage(Paper("- 4 authors", "", "·", "", "Oct 3, 2022", "", $"[5]({PaperUrl}#community)")));

        Ids(parsed).ShouldBeEmpty();
        var entry = parsed.Entries.ShouldHaveSingleItem();
        (entry.PublishedOn, entry.CommentCount).ShouldBe((new CalendarDate(2022, 10, 3), (int?)5));
    }

    [Theory]
    [InlineData("[many](https://huggingface.co/papers/2401.00001#community)", "the comment link \"[many](https://huggingface.co/papers/2401.00001#community)\" shows no count")]
    [InlineData("[- three authors](https://huggingface.co/papers/2401.00001)", "\"- three authors\" is not an author count such as \"- 3 authors\"")]
    [InlineData("[- ![](a.svg)\\\\\n- three authors](https://huggingface.co/papers/2401.00001)", "\"- ![](a.svg) - three authors\" is not an author count such as \"- 3 authors\"")]
    [InlineData("[![x](https://a/b.png)Name](https://huggingface.co/•)", "\"•\" is not a Hub organisation handle")]
    [InlineData("[![okhandle](https://a/b.png)](https://huggingface.co/okhandle)", "the organisation link to \"okhandle\" has no name")]
    public void A_meta_link_that_is_no_valid_meta_is_PDS002_saying_why(string link, string reason)
    {
        var parsed = Pipeline.Parse(DailyPage(Paper(link, "", "·", "", "Oct 3, 2022")));

        Ids(parsed).ShouldBe(["PDS002@11"]);
        parsed.Diagnostics[0].MessageArgs.ShouldBe(["T", reason]);
        parsed.Entries.ShouldHaveSingleItem().Shown.ShouldBe(EntryFacts.None);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_malformed_meta_link_is_quoted_whole_up_to_60_characters_and_cut_with_an_ellipsis_beyond(int beyond60)
    {
        var text = "- " + new string('n', 50 + beyond60) + " authors";
        var quoted = beyond60 == 0 ? text : text.Substring(0, 60) + "…";

        var parsed = Pipeline.Parse(DailyPage(Paper($"[{text}]({PaperUrl})")));

        Ids(parsed).ShouldBe(["PDS002@11"]);
        parsed.Diagnostics[0].MessageArgs[1].ShouldBe($"\"{quoted}\" is not an author count such as \"- 3 authors\"");
    }

    [Theory]
    [InlineData("[Project page](https://example.org/project)")]
    [InlineData("[Hugging Face](https://huggingface.co/)")]
    [InlineData("[A dataset](https://huggingface.co/datasets/o/d)")]
    [InlineData("[Empty segment](https://huggingface.co//umass)")]
    public void A_link_to_another_site_or_to_a_hub_page_that_is_no_organisation_is_skipped_and_the_meta_after_it_is_kept(string link)
    {
        var parsed = Pipeline.Parse(DailyPage(Paper("- 4 authors", "", link, "", "·", "", "Oct 3, 2022")));

        Ids(parsed).ShouldBe(["PDS001@13"]);
        var entry = parsed.Entries.ShouldHaveSingleItem();
        (entry.AuthorCount, entry.PublishedOn).ShouldBe(((int?)4, (CalendarDate?)new CalendarDate(2022, 10, 3)));
    }

    [Theory]
    [InlineData("[Trending Papers](https://huggingface.co/papers/trending)")]
    [InlineData("[Subscribe](https://huggingface.co/login?next=%2Fpapers)")]
    [InlineData("- ![](https://huggingface.co/avatars/a.svg)")]
    [InlineData("- Daily")]
    [InlineData("---")]
    public void Site_chrome_between_the_meta_lines_is_passed_over(string chrome)
    {
        var parsed = Pipeline.Parse(DailyPage(Paper("- 4 authors", "", chrome, "", "·", "", "Oct 3, 2022")));

        Ids(parsed).ShouldBeEmpty();
        parsed.Entries.ShouldHaveSingleItem().AuthorCount.ShouldBe(4);
    }

    [Fact]
    public void A_bullet_that_is_no_author_count_and_no_chrome_is_skipped()
    {
        var parsed = Pipeline.Parse(DailyPage(Paper("- 4 authors", "", "- a stray bullet", "", "·", "", "Oct 3, 2022")));

        Ids(parsed).ShouldBe(["PDS001@13"]);
        parsed.Entries.ShouldHaveSingleItem().AuthorCount.ShouldBe(4);
    }

    [Fact]
    public void The_submitters_link_is_a_user_not_the_papers_organisation()
    {
        var parsed = Pipeline.Parse(DailyPage(Paper(
            "- 4 authors", "", "·", "", "Oct 3, 2022", "", "Submitted by", "", "[![someone](https://a/b.png)Some One](https://huggingface.co/someone)")));

        Ids(parsed).ShouldBeEmpty();
        var entry = parsed.Entries.ShouldHaveSingleItem();
        (entry.AuthorCount, entry.Organization).ShouldBe(((int?)4, (OrganizationSpec?)null));
    }

    [Fact]
    public void A_page_that_ends_on_submitted_by_is_read_to_its_end()
    {
        var parsed = Pipeline.Parse(DailyPage(Paper("- 4 authors", "", "·", "", "Oct 3, 2022", "", "Submitted by", "")));

        Ids(parsed).ShouldBeEmpty();
        parsed.Entries.ShouldHaveSingleItem().AuthorCount.ShouldBe(4);
    }

    [Fact]
    public void A_link_right_after_a_rule_is_read_and_not_taken_for_a_submitter()
    {
        var parsed = Pipeline.Parse(DailyPage(
            [.. Paper("- 4 authors"), "", "---", "", "[7](https://huggingface.co/login?next=%2Fpapers%2F2401.00002)", "", "### [T2](https://huggingface.co/papers/2401.00002)", "",
                $"[{Abstract}](https://huggingface.co/papers/2401.00002)"]));

        Ids(parsed).ShouldBeEmpty();
        parsed.Entries.Select(entry => (entry.Title, entry.Upvotes)).ShouldBe([("T", (int?)3), ("T2", 7)]);
    }

    [Theory]
    [InlineData("Yesterday [5](https://huggingface.co/papers/2401.00001#community)")]
    [InlineData("Oct 3, 2022 [5](https://example.org/papers/2401.00001#community)")]
    public void A_date_is_read_with_a_comment_link_only_when_both_are_what_the_page_shows(string line)
    {
        var parsed = Pipeline.Parse(DailyPage(Paper("- 4 authors", "", "·", "", line)));

        Ids(parsed).ShouldBe(["PDS001@15", "PDS002@13"]);
        parsed.Diagnostics[1].MessageArgs[1].ShouldBe("no date after the separator");
        parsed.Entries.ShouldHaveSingleItem().CommentCount.ShouldBeNull();
    }

    [Theory]
    [InlineData("### [A title wrapped\n### onto two lines](https://huggingface.co/papers/2401.00001)")]
    [InlineData("### [A title wrapped\nonto two lines](https://huggingface.co/papers/2401.00001)")]
    [InlineData("### [A title wrapped onto two lines\n](https://huggingface.co/papers/2401.00001)")]
    [InlineData("### [\nA title wrapped onto two lines](https://huggingface.co/papers/2401.00001)")]
    public void A_title_link_wrapped_over_lines_is_its_pieces_joined_by_one_space(string heading)
    {
        var parsed = Pipeline.Parse(DailyPage($"[3]({UpvoteUrl})", "", heading, "", $"[{Abstract}]({PaperUrl})"));

        Ids(parsed).ShouldBeEmpty();
        var entry = parsed.Entries.ShouldHaveSingleItem();
        (entry.Title, entry.ArxivId, entry.Abstract).ShouldBe(("A title wrapped onto two lines", "2401.00001", Abstract));
    }

    [Fact]
    public void A_title_link_never_closed_is_what_the_heading_says_and_ends_at_the_blank_line()
    {
        var parsed = Pipeline.Parse(DailyPage($"[3]({UpvoteUrl})", "", "### [A title never closed", "", $"[{Abstract}]({PaperUrl})"));

        Ids(parsed).ShouldBeEmpty();
        var entry = parsed.Entries.ShouldHaveSingleItem();
        (entry.Title, entry.Abstract).ShouldBe(("A title never closed", Abstract));
    }

    [Fact]
    public void A_file_cut_inside_a_title_link_names_the_title_as_missing_its_abstract()
    {
        var parsed = Pipeline.Parse(DailyPage([.. Paper("- 4 authors"), "", "### [A title cut by the end of the"]));

        Ids(parsed).ShouldBe(["PDS008@13"]);
        parsed.Diagnostics[0].MessageArgs.ShouldBe(["A title cut by the end of the"]);
        parsed.Entries.ShouldHaveSingleItem().Title.ShouldBe("T");
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void A_heading_is_a_title_up_to_the_longest_title_a_page_shows(int beyondLongest, bool isTitle)
    {
        var title = new string('t', 400 + beyondLongest);

        var parsed = Pipeline.Parse(DailyPage([.. Paper("- 4 authors"), "", $"### [{title}](https://huggingface.co/papers/2401.00002)", "",
            $"[{Abstract}](https://huggingface.co/papers/2401.00002)"]));

        parsed.Entries.Select(entry => entry.Title).ShouldBe(isTitle ? ["T", title] : ["T"]);
    }

    [Fact]
    public void A_single_line_abstract_link_is_read_as_it_is_and_a_hard_wrapped_one_is_joined()
    {
        var text = DailyPage(
            [.. Paper("- 4 authors"), "", "[3](https://huggingface.co/login?next=%2Fpapers%2F2401.00002)", "", "### [T2](https://huggingface.co/papers/2401.00002)", "",
                "[\\\\", "An abstract wrapped\\\\", "over lines.](https://huggingface.co/papers/2401.00002)"]);

        var parsed = Pipeline.Parse(text);

        Ids(parsed).ShouldBeEmpty();
        var (single, wrapped) = (parsed.Entries[0], parsed.Entries[1]);
        single.Abstract.ShouldBe(Abstract);
        wrapped.Abstract.ShouldBe("An abstract wrapped over lines.");
    }

    [Fact]
    public void An_abstract_link_cut_before_its_paragraph_ends_is_a_cut_abstract_and_the_next_paper_is_read()
    {
        var parsed = Pipeline.Parse(DailyPage(
            $"[3]({UpvoteUrl})", "", $"### [T]({PaperUrl})", "", "[An abstract cut short", "", "[4](https://huggingface.co/login?next=%2Fpapers%2F2401.00002)", "",
            "### [T2](https://huggingface.co/papers/2401.00002)", "", $"[{Abstract}](https://huggingface.co/papers/2401.00002)"));

        Ids(parsed).ShouldBe(["PDS008@7"]);
        parsed.Diagnostics[0].MessageArgs.ShouldBe(["T"]);
        parsed.Entries.Select(entry => (entry.Title, entry.Upvotes)).ShouldBe([("T2", (int?)4)]);
    }

    [Fact]
    public void A_repeated_line_of_a_link_is_skipped_up_to_the_repeat_and_the_next_papers_upvotes_are_read()
    {
        var parsed = Pipeline.Parse(DailyPage(
            $"[3]({UpvoteUrl})", "", $"### [T]({PaperUrl})", "", "[An abstract wrapped\\\\", "[An abstract wrapped\\\\", "[4](https://huggingface.co/login?next=%2Fpapers%2F2401.00002)", "",
            "### [T2](https://huggingface.co/papers/2401.00002)", "", $"[{Abstract}](https://huggingface.co/papers/2401.00002)"));

        Ids(parsed).ShouldBe(["PDS001@9", "PDS008@7"]);
        parsed.Diagnostics[0].MessageArgs[0].ShouldBe("lines 9 to 10");
        parsed.Entries.Select(entry => (entry.Title, entry.Upvotes)).ShouldBe([("T2", (int?)4)]);
    }

    [Fact]
    public void A_plain_heading_takes_its_id_from_the_arxiv_link_and_a_github_link_without_stars_has_none()
    {
        var text = Listing("### Some Title\n\nA summary of the paper.\n- 8 authors\n[LINK: GitHub](https://github.com/o/r)\n[arXiv](https://arxiv.org/abs/2401.00001)\n");

        var parsed = Pipeline.Parse(text, capturedOn: "2026-01-15");

        Ids(parsed).ShouldBeEmpty();
        var entry = parsed.Entries[0];
        (entry.ArxivId, entry.GitHubRepository, entry.GitHubStars).ShouldBe(("2401.00001", "o/r", (int?)null));
    }

    [Fact]
    public void A_one_line_paragraph_abstract_is_read_as_it_is_and_a_wrapped_one_is_joined()
    {
        var text = Listing("### Some Title\n\nA summary of the paper.\n- 8 authors\n\n### Wrapped\n\nA summary\nthat wraps.\n- 2 authors\n");

        var parsed = Pipeline.Parse(text, capturedOn: "2026-01-15");

        Ids(parsed).ShouldBeEmpty();
        var (single, wrapped) = (parsed.Entries[0], parsed.Entries[1]);
        single.Abstract.ShouldBe("A summary of the paper.");
        wrapped.Abstract.ShouldBe("A summary that wraps.");
    }

    [Fact]
    public void An_indented_line_after_a_blank_line_is_skipped_and_never_taken_for_the_abstract()
    {
        var text = Listing("### Some Title\n\n    a heading's stray continuation\n\nA summary of the paper.\n- 8 authors\n");

        var parsed = Pipeline.Parse(text, capturedOn: "2026-01-15");

        Ids(parsed).ShouldBe(["PDS001@5"]);
        var entry = parsed.Entries[0];
        (entry.Title, entry.Abstract, entry.AuthorCount).ShouldBe(("Some Title", "A summary of the paper.", (int?)8));
    }

    [Fact]
    public void A_duplicated_abstract_line_is_skipped_with_the_meta_after_it_not_joined_to_the_abstract()
    {
        var text = Listing("### Some Title\n\nA summary of the paper.\nA summary of the paper.\n- 8 authors\n");

        var parsed = Pipeline.Parse(text, capturedOn: "2026-01-15");

        Ids(parsed).ShouldBe(["PDS001@6"]);
        var entry = parsed.Entries[0];
        (entry.Abstract, entry.AuthorCount).ShouldBe(("A summary of the paper.", (int?)null));
    }

    [Fact]
    public void A_paragraph_that_closes_a_link_never_opened_is_debris_and_its_title_has_no_abstract()
    {
        var text = Listing("### Some Title\n\nthe end of an abstract whose first line was lost](https://huggingface.co/papers/2401.00001)\n- 8 authors\n");

        var parsed = Pipeline.Parse(text, capturedOn: "2026-01-15");

        Ids(parsed).ShouldBe(["PDS001@5", "PDS008@3"]);
        parsed.Entries.Select(entry => (entry.Title, entry.Abstract)).ShouldBe([("Other", "Another summary.")]);
    }

    [Theory]
    [InlineData("[](https://huggingface.co/google)")] // the avatar's empty link
    [InlineData("![](https://cdn-avatars.huggingface.co/v1/google.png)")] // or its image
    [InlineData("\u200B")] // or the zero-width space a copy keeps of it
    public void An_organisation_written_as_a_link_with_its_url_on_the_next_line_after_an_empty_link_reads_with_its_date_and_comments(string emptyLink)
    {
        var parsed = Pipeline.Parse(DailyPage(Paper(emptyLink, " Google", "https://huggingface.co/google", "·", "Oct 3, 2022", "2", $"{PaperUrl}#community")));

        Ids(parsed).ShouldBeEmpty();
        var entry = parsed.Entries.ShouldHaveSingleItem();
        (entry.Organization, entry.PublishedOn, entry.CommentCount).ShouldBe((new OrganizationSpec("google", "Google"), (CalendarDate?)new CalendarDate(2022, 10, 3), (int?)2));
    }
}
