using System.Linq;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Sources.Model;
using Shouldly;
using Xunit;
using static PaperDataset.Robustness.Tests.Infrastructure.ReadResults;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>
/// The link-lines reader (docs/FORMAT.md, "Link lines"), line by line: what each text and URL becomes, where a wrapped
/// paragraph ends, and how a lost or stray line is reported instead of misread.
/// </summary>
public class LinkLinesReaderTests
{
    private const string Abstract = "An abstract long enough to be one, about gradients and what they do.";
    private const string Other = "Another abstract, this one about attention and where it goes wrong.";

    // Lines 4 to 9 of a page: the upvote count and its log-in URL, the title and its URL, the abstract and the URL again.
    private static string Paper(string id, string title, params string[] meta) =>
        $" [-] 3\nhttps://huggingface.co/login?next=%2Fpapers%2F{id}\n{title}\nhttps://huggingface.co/papers/{id}\n{Abstract}\nhttps://huggingface.co/papers/{id}\n"
        + string.Concat(meta.Select(line => line + "\n")) + "\n";

    // Lines 10 to 13 of a page.
    private static string[] Meta(string id) => ["[", $"4 authors](https://huggingface.co/papers/{id})", "·", "Oct 3, 2022"];

    private static string Page(params string[] papers) => "Daily Papers\nNov 7\n\n" + string.Concat(papers);

    [Fact]
    public void A_paper_reads_its_id_upvotes_author_count_date_comment_count_title_and_abstract()
    {
        var text = Page(Paper("2401.00001", "T", [.. Meta("2401.00001"), "5", "https://huggingface.co/papers/2401.00001#community"]), Paper("2401.00002", "T2"));

        var parsed = Pipeline.Parse(text);

        parsed.Format.ShouldBe(SourceFormat.LinkLines);
        Ids(parsed).ShouldBeEmpty();
        var entry = parsed.Entries[0];
        (entry.Title, entry.Abstract, entry.ArxivId, entry.Upvotes, entry.AuthorCount, entry.PublishedOn, entry.CommentCount, entry.Position.LineNumber)
            .ShouldBe(("T", Abstract, "2401.00001", (int?)3, (int?)4, (CalendarDate?)new CalendarDate(2022, 10, 3), (int?)5, 6));
        parsed.Entries[1].Title.ShouldBe("T2");
    }

    [Fact]
    public void A_title_and_an_abstract_wrapped_over_lines_are_joined()
    {
        var text = Page(
            " [-] 3\nhttps://huggingface.co/login?next=%2Fpapers%2F2401.00001\nA Title Wrapped\nOver Two Lines\nhttps://huggingface.co/papers/2401.00001\n"
            + "An abstract that the export\nwrapped onto a second line.\nhttps://huggingface.co/papers/2401.00001\n\n",
            Paper("2401.00002", "T2"));

        var parsed = Pipeline.Parse(text);

        Ids(parsed).ShouldBeEmpty();
        var entry = parsed.Entries[0];
        (entry.Title, entry.Abstract).ShouldBe(("A Title Wrapped Over Two Lines", "An abstract that the export wrapped onto a second line."));
    }

    [Theory]
    [InlineData("· Oct 3, 2022", "2022-10-03", "")]
    [InlineData("· Published on Oct 3, 2022", "2022-10-03", "")]
    [InlineData("· soon", "", "\"· soon\" has no date after the separator")]
    public void A_date_on_the_separator_line_is_read_and_anything_else_there_is_PDS002(string separator, string date, string problem)
    {
        var text = Page(Paper("2401.00001", "T", "[", "4 authors](https://huggingface.co/papers/2401.00001)", separator), Paper("2401.00002", "T2"));

        var parsed = Pipeline.Parse(text);

        Ids(parsed).ShouldBe(problem.Length == 0 ? [] : ["PDS002@12"]);
        parsed.Diagnostics.Select(diagnostic => diagnostic.MessageArgs[1]).ShouldBe(problem.Length == 0 ? [] : [problem]);
        parsed.Entries[0].PublishedOn?.ToString().ShouldBe(date.Length == 0 ? null : date);
    }

    [Theory]
    [InlineData("Submitted by akhaliq|https://huggingface.co/akhaliq")]
    [InlineData("Trending Papers ranked by upvotes")]
    [InlineData("Subscribe")]
    [InlineData("[Content truncated]")]
    public void Site_chrome_between_papers_is_skipped_with_the_link_under_it(string chrome)
    {
        var text = Page(Paper("2401.00001", "T", [.. Meta("2401.00001"), .. chrome.Split('|')]), Paper("2401.00002", "T2", Meta("2401.00002")));

        var parsed = Pipeline.Parse(text);

        Ids(parsed).ShouldBeEmpty();
        parsed.Entries.Select(entry => (entry.Title, entry.AuthorCount, entry.Upvotes)).ShouldBe([("T", (int?)4, (int?)3), ("T2", 4, 3)]);
    }

    [Fact]
    public void The_capture_may_end_with_site_chrome()
    {
        var parsed = Pipeline.Parse(Page(Paper("2401.00001", "T", Meta("2401.00001"))) + "[Content truncated]");

        Ids(parsed).ShouldBeEmpty();
        parsed.Entries.ShouldHaveSingleItem().AuthorCount.ShouldBe(4);
    }

    [Theory]
    [InlineData(true, "\n")]
    [InlineData(true, "\n\n")]
    [InlineData(false, "\n")] // the capture starts at the log-in URL
    public void A_log_in_url_whose_upvote_count_was_lost_is_chrome_and_the_title_wrapped_under_it_is_still_joined(bool afterAPaper, string gap)
    {
        var text = (afterAPaper ? Page(Paper("2401.00001", "T")) : string.Empty) + "https://huggingface.co/login?next=%2Fpapers%2F2401.00002" + gap
            + "A Title Wrapped\nOver Two Lines\nhttps://huggingface.co/papers/2401.00002\n" + Abstract + "\nhttps://huggingface.co/papers/2401.00002\n\n"
            + Paper("2401.00003", "T3");

        var parsed = Pipeline.Parse(text);

        Ids(parsed).ShouldBeEmpty();
        parsed.Entries.Select(entry => (entry.Title, entry.Upvotes)).Skip(afterAPaper ? 1 : 0).ShouldBe([("A Title Wrapped Over Two Lines", (int?)null), ("T3", 3)]);
    }

    [Theory]
    [InlineData("https://github.com/owner/repo", "", "owner/repo")]
    [InlineData("https://arxiv.org/abs/2401.00001", "", "")]
    [InlineData("https://huggingface.co/papers/2401.00001", "", "")]
    [InlineData("https://example.com/project", "PDS001@14", "")]
    [InlineData("https://huggingface.co/papers/2401.00001#community", "PDS001@14", "")] // a comment count that lost its text
    public void A_url_whose_text_was_dropped_is_read_by_where_it_points_and_reported_when_that_is_nowhere_known(string url, string diagnostic, string repository)
    {
        var parsed = Pipeline.Parse(Page(Paper("2401.00001", "T", [.. Meta("2401.00001"), url]), Paper("2401.00002", "T2")));

        Ids(parsed).ShouldBe(diagnostic.Length == 0 ? [] : [diagnostic]);
        parsed.Entries.Select(entry => (entry.Title, entry.ArxivId, entry.AuthorCount)).ShouldBe([("T", "2401.00001", (int?)4), ("T2", "2401.00002", null)]);
        parsed.Entries[0].GitHubRepository.ShouldBe(repository.Length == 0 ? null : repository);
    }

    [Theory]
    [InlineData("https://github.com/ml/flow", "ml/flow")]
    [InlineData("https://github.com/owner/repo/tree/main", "owner/repo")]
    public void A_github_link_with_its_text_names_the_repository(string url, string repository)
    {
        var parsed = Pipeline.Parse(Page(Paper("2401.00001", "T", [.. Meta("2401.00001"), "GitHub", url]), Paper("2401.00002", "T2")));

        Ids(parsed).ShouldBeEmpty();
        parsed.Entries[0].GitHubRepository.ShouldBe(repository);
    }

    [Fact]
    public void A_link_with_its_text_to_somewhere_unknown_is_skipped_with_PDS001()
    {
        var parsed = Pipeline.Parse(Page(Paper("2401.00001", "T", [.. Meta("2401.00001"), "Project page", "https://example.com/x"]), Paper("2401.00002", "T2")));

        Ids(parsed).ShouldBe(["PDS001@14"]);
        parsed.Diagnostics[0].MessageArgs.ShouldBe(["lines 14 to 15", "Project page"]);
        parsed.Entries.Select(entry => (entry.Title, entry.AuthorCount)).ShouldBe([("T", (int?)4), ("T2", null)]);
    }

    [Theory]
    [InlineData("KaLM Embedding|https://huggingface.co/models", 10, "\"models\" is not a Hub organisation handle")]
    [InlineData("KaLM Embedding|https://huggingface.co/•", 10, "\"•\" is not a Hub organisation handle")]
    [InlineData("[|three authors](https://huggingface.co/papers/2401.00001)", 10, "\"three authors](https://huggingface.co/papers/2401.00001)\" is not an author count such as \"- 3 authors\"")]
    [InlineData("[|4 authors](https://huggingface.co/papers/2401.00001)|·|Oct 3, 2022|many|https://huggingface.co/papers/2401.00001#community", 14, "the comment link \"many\" shows no count")]
    public void A_meta_link_that_is_no_count_and_no_organisation_is_PDS002_and_the_paper_is_kept_without_meta(string meta, int line, string reason)
    {
        var parsed = Pipeline.Parse(Page(Paper("2401.00001", "T", meta.Split('|')), Paper("2401.00002", "T2")));

        Ids(parsed).ShouldBe([$"PDS002@{line}"]);
        parsed.Diagnostics[0].MessageArgs.ShouldBe(["T", reason]);
        parsed.Entries.Select(entry => (entry.Title, entry.Shown)).ShouldBe([("T", EntryFacts.None), ("T2", EntryFacts.None)]);
    }

    [Fact]
    public void An_organisation_link_is_read_as_the_papers_organisation()
    {
        var parsed = Pipeline.Parse(Page(Paper("2401.00001", "T", "KaLM Embedding", "https://huggingface.co/KaLM-Embedding", "·", "Oct 3, 2022"), Paper("2401.00002", "T2")));

        Ids(parsed).ShouldBeEmpty();
        var organization = parsed.Entries[0].Organization.ShouldNotBeNull();
        (organization.Handle, organization.Name).ShouldBe(("KaLM-Embedding", "KaLM Embedding"));
    }

    [Fact]
    public void An_author_link_to_something_else_than_a_count_is_skipped_with_PDS001_from_its_bracket()
    {
        var parsed = Pipeline.Parse(Page(Paper("2401.00001", "T", "[", "KaLM](https://huggingface.co/KaLM-Embedding)"), Paper("2401.00002", "T2")));

        Ids(parsed).ShouldBe(["PDS001@10"]);
        parsed.Diagnostics[0].MessageArgs.ShouldBe(["lines 10 to 11", "["]);
    }

    [Fact]
    public void A_comment_count_whose_link_was_lost_is_skipped_and_the_links_after_it_stay_with_the_paper()
    {
        var parsed = Pipeline.Parse(Page(Paper("2401.00001", "T", [.. Meta("2401.00001"), "2", "GitHub", "https://github.com/owner/repo"]), Paper("2401.00002", "T2")));

        Ids(parsed).ShouldBe(["PDS001@14"]);
        parsed.Diagnostics[0].MessageArgs.ShouldBe(["line 14", "2"]);
        (parsed.Entries[0].CommentCount, parsed.Entries[0].GitHubRepository).ShouldBe((0, "owner/repo"));
    }

    [Theory]
    [InlineData(400, true)]
    [InlineData(401, false)]
    public void Text_linked_to_the_paper_is_its_title_up_to_the_longest_title_and_an_abstract_beyond(int length, bool title)
    {
        var text = new string('t', length);
        var parsed = Pipeline.Parse(Page(Paper("2401.00001", "T"), Paper("2401.00002", text)));

        parsed.Entries.Select(entry => entry.Title).ShouldBe(title ? ["T", text] : ["T"]);
        // Beyond, the text is an abstract without its title (PDS001, from the upvote count above it, which no paper took),
        // and the abstract under it a title without one (PDS008).
        Ids(parsed).ShouldBe(title ? [] : ["PDS001@11", "PDS008@15"]);
    }

    [Fact]
    public void A_title_line_repeated_is_skipped_as_debris_and_the_paper_read_from_the_repeat()
    {
        var parsed = Pipeline.Parse(Page(Paper("2401.00001", "T"), Paper("2401.00002", "Repeated\nRepeated")));

        Ids(parsed).ShouldBe(["PDS001@11"]); // the upvote count above the debris is skipped with it: no paper took it
        parsed.Entries.Select(entry => (entry.Title, entry.Position.LineNumber)).ShouldBe([("T", 6), ("Repeated", 14)]);
    }

    [Fact]
    public void A_title_right_under_an_abstract_without_its_url_is_the_next_paper_not_the_abstracts_last_line()
    {
        var text = Page(
            " [-] 3\nhttps://huggingface.co/login?next=%2Fpapers%2F2401.00001\nT\nhttps://huggingface.co/papers/2401.00001\n" + Abstract + "\n"
            + "T2\nhttps://huggingface.co/papers/2401.00002\n" + Other + "\nhttps://huggingface.co/papers/2401.00002\n");

        var parsed = Pipeline.Parse(text);

        Ids(parsed).ShouldBeEmpty();
        parsed.Entries.Select(entry => (entry.Title, entry.Abstract, entry.ArxivId)).ShouldBe([("T", Abstract, "2401.00001"), ("T2", Other, "2401.00002")]);
    }

    [Theory]
    [InlineData("An abstract that ends the file without its URL.", "")]
    [InlineData("An abstract that ends the file without its URL.", "\n")]
    [InlineData("An abstract wrapped\nthat ends the file without its URL.", "")]
    [InlineData("An abstract wrapped\nthat ends the file without its URL.", "\n")]
    public void The_last_abstract_may_end_the_file_without_its_url(string summary, string end)
    {
        var parsed = Pipeline.Parse(Page(Paper("2401.00001", "T"), " [-] 3\nhttps://huggingface.co/login?next=%2Fpapers%2F2401.00002\nT2\nhttps://huggingface.co/papers/2401.00002\n" + summary + end));

        Ids(parsed).ShouldBeEmpty();
        parsed.Entries.Select(entry => (entry.Title, entry.Abstract)).ShouldBe([("T", Abstract), ("T2", summary.Replace('\n', ' '))]);
    }

    [Theory]
    [InlineData("\u200B")] // the export's empty link line: a zero-width space, the avatar's only text
    [InlineData(" \nhttps://huggingface.co/google")] // or no text at all, then the avatar link's URL
    [InlineData(" ")] // or a line of white space
    public void An_organisation_written_as_a_link_with_its_url_on_the_next_line_after_an_empty_link_reads_with_its_date_and_comments(string emptyLink)
    {
        var parsed = Pipeline.Parse(Page(
            Paper("2401.00001", "T", emptyLink, " Google", "https://huggingface.co/google", "·", "Oct 3, 2022", "2", "https://huggingface.co/papers/2401.00001#community"),
            Paper("2401.00002", "T2")));

        Ids(parsed).ShouldBeEmpty();
        var entry = parsed.Entries[0];
        (entry.Organization, entry.PublishedOn, entry.CommentCount).ShouldBe((new OrganizationSpec("google", "Google"), (CalendarDate?)new CalendarDate(2022, 10, 3), (int?)2));
        parsed.Entries[1].Title.ShouldBe("T2");
    }
}
