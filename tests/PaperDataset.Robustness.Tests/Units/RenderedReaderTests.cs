using System;
using System.Linq;
using System.Threading;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading;
using Shouldly;
using Xunit;
using static PaperDataset.Robustness.Tests.Infrastructure.ReadResults;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>The rendered readers on damaged and doubtful input: every doubt is a diagnostic, never a guess.</summary>
public class RenderedReaderTests
{
    private const string Abstract = "An abstract long enough to be one, about gradients and what they do.";

    private static string Paper(string id, string title, params string[] meta) =>
        $"[3](https://huggingface.co/login?next=%2Fpapers%2F{id})\n\n### [{title}](https://huggingface.co/papers/{id})\n\n[{Abstract}](https://huggingface.co/papers/{id})\n\n"
        + string.Join("\n\n", meta) + "\n\n";

    private static string Markdown(params string[] papers) => "# Daily Papers\n\nNov 7\n\n" + string.Concat(papers);

    [Fact]
    public void A_markdown_paper_reads_its_id_upvotes_and_meta()
    {
        var parsed = Pipeline.Parse(Markdown(Paper("2401.00001", "T", "- 4 authors", "·", "Oct 3, 2022[5](https://huggingface.co/papers/2401.00001#community)")));

        Ids(parsed).ShouldBeEmpty();
        var entry = parsed.Entries.ShouldHaveSingleItem();
        (entry.Title, entry.Abstract, entry.ArxivId, entry.Upvotes, entry.AuthorCount, entry.PublishedOn, entry.CommentCount)
            .ShouldBe(("T", Abstract, "2401.00001", (int?)3, (int?)4, (CalendarDate?)new CalendarDate(2022, 10, 3), (int?)5));
        entry.Position.LineNumber.ShouldBe(7);
    }

    [Theory]
    [InlineData("- three authors")]
    [InlineData("- Three Authors")]
    [InlineData("- 3 writers and 2 authors")]
    [InlineData("[![x](https://a/b.png)Name](https://huggingface.co/•)")]
    [InlineData("[![x](https://a/b.png)](https://huggingface.co/okhandle)")]
    [InlineData("[many](https://huggingface.co/papers/2401.00001#community)")]
    public void A_markdown_meta_line_that_is_no_count_and_no_plausible_organisation_is_PDS002_and_the_paper_is_kept_without_meta(string line)
    {
        var parsed = Pipeline.Parse(Markdown(Paper("2401.00001", "T", line, "·", "Oct 3, 2022")));

        Ids(parsed).ShouldBe(["PDS002@11"]);
        var entry = parsed.Entries.ShouldHaveSingleItem();
        entry.Shown.ShouldBe(EntryFacts.None);
        entry.ArxivId.ShouldBe("2401.00001");
        parsed.Diagnostics[0].MessageArgs[0].ShouldBe("T");
    }

    [Theory]
    [InlineData("- 4 authors|- 5 authors|·|Oct 3, 2022", 13, "a second author count or organisation, \"- 5 authors\"")]
    [InlineData("- 4 authors|·|·|Oct 3, 2022", 15, "a second separator")]
    [InlineData("·|Oct 3, 2022", 11, "nothing before the separator: the author count or organisation is missing")]
    [InlineData("- 4 authors|·|Oct 3, 2022|Oct 4, 2022", 17, "a second date, \"Oct 4, 2022\"")]
    [InlineData("- 4 authors|·", 13, "no date after the separator")]
    [InlineData("- 4 authors|·|Feb 30, 2022", 15, "\"Feb 30, 2022\" is not a real date")]
    [InlineData("- 4 authors|[5](https://huggingface.co/papers/2401.00001#community)", 13, "a comment count without its date, \"[5](https://huggingface.co/papers/2401.00001#community)\"")]
    [InlineData("- 4 authors|·|Oct 3, 2022|[5](https://huggingface.co/papers/2401.00001#community)|[6](https://huggingface.co/papers/2401.00001#community)", 19, "a comment count without its date, \"[6](https://huggingface.co/papers/2401.00001#community)\"")]
    public void A_markdown_meta_out_of_order_is_one_PDS002_naming_the_line_and_why_and_the_paper_is_kept_without_meta(string meta, int line, string reason)
    {
        var parsed = Pipeline.Parse(Markdown(Paper("2401.00001", "T", meta.Split('|')), Paper("2401.00002", "T2")));

        Ids(parsed).ShouldBe([$"PDS002@{line}"]);
        parsed.Diagnostics[0].MessageArgs.ShouldBe(["T", reason]);
        parsed.Entries.Select(entry => (entry.Title, entry.Shown, entry.AuthorCount, entry.PublishedOn)).ShouldBe([("T", EntryFacts.None, (int?)null, (CalendarDate?)null), ("T2", EntryFacts.None, null, null)]);
    }

    [Fact]
    public void A_text_browser_organisation_with_a_bullet_for_handle_is_PDS002()
    {
        var text = "Nov 7\n\n### [T][1]\n\n[\n\n" + Abstract + "\n\n][2]\n[[•] three authors][3]\n·\nOct 3, 2022\n[\n-\n][4]\n\n### [T2][5]\n\n[\n\n" + Abstract + "\n\n][6]\n";

        var parsed = Pipeline.Parse(text);

        parsed.Format.ShouldBe(SourceFormat.TextBrowser);
        Ids(parsed).ShouldBe(["PDS002@10"]);
        parsed.Diagnostics[0].MessageArgs[1].ShouldContain("\"•\" is not a Hub organisation handle");
        parsed.Entries.Select(entry => (entry.Title, entry.Shown)).ShouldBe([("T", EntryFacts.None), ("T2", EntryFacts.None)]);
    }

    [Fact]
    public void A_deleted_title_is_one_PDS001_spanning_the_abstract_and_its_meta()
    {
        var damaged = Paper("2401.00002", "Lost", "- 2 authors", "·", "Oct 4, 2022").Replace("### [Lost](https://huggingface.co/papers/2401.00002)\n\n", string.Empty);
        var parsed = Pipeline.Parse(Markdown(Paper("2401.00001", "T", "- 4 authors", "·", "Oct 3, 2022"), damaged, Paper("2401.00003", "T3")));

        Ids(parsed).ShouldBe(["PDS001@17"]);
        parsed.Diagnostics[0].MessageArgs[0].ShouldBe("lines 17 to 25"); // from the lost title's upvote count to its date
        parsed.Diagnostics[0].Message.ShouldStartWith("Skipped lines 17 to 25, which is not part of any paper: \"[3](https://huggingface.co/login");
        parsed.Entries.Select(entry => entry.Title).ShouldBe(["T", "T3"]);
        parsed.Entries[1].Upvotes.ShouldBe(3); // the lost title's upvote count went with it, not to the next paper
    }

    [Fact]
    public void A_title_whose_abstract_is_lost_is_one_PDS008_and_its_meta_no_second_report()
    {
        var damaged = Paper("2401.00002", "Lost", "- 2 authors", "·", "Oct 4, 2022").Replace($"[{Abstract}](https://huggingface.co/papers/2401.00002)\n\n", string.Empty);
        var parsed = Pipeline.Parse(Markdown(damaged, Paper("2401.00003", "T3")));

        Ids(parsed).ShouldBe(["PDS008@7"]);
        parsed.Entries.Select(entry => entry.Title).ShouldBe(["T3"]);
    }

    [Fact]
    public void A_file_cut_inside_an_abstract_keeps_the_complete_entries_and_names_the_cut_one()
    {
        var text = Markdown(Paper("2401.00001", "T", "- 4 authors"), Paper("2401.00002", "Cut"));
        var cut = text.Substring(0, text.LastIndexOf("long enough", System.StringComparison.Ordinal));

        var parsed = Pipeline.Parse(cut);

        Ids(parsed).ShouldBe(["PDS008@15"]);
        parsed.Diagnostics[0].MessageArgs.ShouldBe(["Cut"]);
        parsed.Entries.ShouldHaveSingleItem().Title.ShouldBe("T");
    }

    [Fact]
    public void A_listing_without_a_page_date_is_read_without_a_warning_and_its_repeats_are_one_paper()
    {
        const string entry = "### Some Title\n\nA summary of the paper.\n- 8 authors\n[LINK: GitHub 1.32k](https://github.com/o/r)\n\n";
        var text = "## Trending Papers\n\n" + entry + entry + "### Other\n\nAnother summary.\n- 2 authors\n\n";

        var parsed = Pipeline.Parse(text, capturedOn: "2026-01-15");
        var merged = Pipeline.Merge(parsed);

        parsed.Format.ShouldBe(SourceFormat.Markdown);
        Ids(parsed).ShouldBeEmpty();
        parsed.Entries.Select(read => (read.Title, read.AuthorCount, read.GitHubStars)).ShouldBe(
            [("Some Title", (int?)8, (int?)1320), ("Some Title", 8, 1320), ("Other", 2, null)]);
        merged.Catalogue.Papers.Count.ShouldBe(2);
        merged.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Of_two_github_links_under_one_paper_the_first_is_its_own()
    {
        const string entry = "### Some Title\n\nA summary of the paper.\n- 8 authors\n[LINK: GitHub 1.32k](https://github.com/o/first)\n"
            + "[LINK: GitHub 7](https://github.com/o/second)\n\n";

        var parsed = Pipeline.Parse("## Trending Papers\n\n" + entry + "### Other\n\nAnother summary.\n- 2 authors\n\n", capturedOn: "2026-01-15");

        Ids(parsed).ShouldBeEmpty();
        var read = parsed.Entries[0];
        (read.GitHubRepository, read.GitHubStars).ShouldBe(("o/first", (int?)1320));
    }

    [Fact]
    public void Repeats_that_disagree_are_still_one_paper_and_the_disagreement_is_reported()
    {
        var text = "## Trending Papers\n\n### Some Title\n\nA summary.\n- 8 authors\n\n### Some Title\n\nA summary.\n- 9 authors\n\n### Other\n\nAnother summary.\n- 2 authors\n\n";

        var merged = Pipeline.Merge(Pipeline.Parse(text, capturedOn: "2026-01-15"));

        merged.Catalogue.Papers.Count.ShouldBe(2);
        merged.Diagnostics.Select(diagnostic => diagnostic.Id).ShouldBe(["PDS005"]);
    }

    [Fact]
    public void The_page_date_is_checked_against_the_capture_date()
    {
        var parsed = Pipeline.Parse(Markdown(Paper("2401.00001", "T")), capturedOn: "2025-11-08");

        Ids(parsed).ShouldBe(["PDS004@3"]);
    }

    [Theory]
    [InlineData("### [T][1]\n][2]\n", "TextBrowser")]
    [InlineData("### [T](https://huggingface.co/papers/2401.00001)\n", "Markdown")]
    [InlineData("### A\n- 3 authors\n### B\n", "Markdown")]
    [InlineData("T\nhttps://huggingface.co/papers/2401.00001\n", "LinkLines")]
    [InlineData("# Daily Papers\n### A\n", "Unrecognised")]
    [InlineData("### [T](https://example.com/x)\n", "Unrecognised")]
    [InlineData("new\n\nNov 7\n\nT\n\nA\n", "TextCopy")]
    public void The_rendering_is_recognised_from_the_marks_its_entries_carry(string text, string format)
    {
        Pipeline.Parse(text).Format.ToString().ShouldBe(format);
    }

    private static int LineOf(string text, string marker) => text.Substring(0, text.IndexOf(marker, StringComparison.Ordinal)).Count(c => c == '\n') + 1;

    private static string Covered(string text, DiagnosticInfo diagnostic) => text.Substring(diagnostic.Position.Start, diagnostic.Position.Length);

    private const string Upvotes2 = "[5](https://huggingface.co/login?next=%2Fpapers%2F2401.00002)\n\n";

    [Fact]
    public void Lines_of_no_paper_are_each_reported_where_they_are_and_the_papers_around_them_are_read_whole()
    {
        var text = Markdown(Paper("2401.00001", "T", "- 4 authors", "·", "Oct 3, 2022"))
            + "stray-0](https://x.org/0)\n\n" + Upvotes2 + "### [T2](https://huggingface.co/papers/2401.00002)\n\n"
            + "stray-1](https://x.org/1)\n\n" + $"[{Abstract}](https://huggingface.co/papers/2401.00002)\n\n"
            + "stray-2](https://x.org/2)\n\n- 2 authors\n\nstray-3](https://x.org/3)\n\n·\n\nOct 4, 2022\n\n"
            + Paper("2401.00003", "T3") + "stray-4](https://x.org/4)\n";

        var parsed = Pipeline.Parse(text);

        Ids(parsed).ShouldBe(Enumerable.Range(0, 5).Select(stray => $"PDS001@{LineOf(text, $"stray-{stray}]")}").ToArray());
        parsed.Diagnostics.Select(diagnostic => Covered(text, diagnostic)).ShouldBe(Enumerable.Range(0, 5).Select(stray => $"stray-{stray}](https://x.org/{stray})").ToArray());
        parsed.Entries.Select(entry => (entry.Title, entry.AuthorCount, entry.PublishedOn)).ShouldBe(
            [("T", (int?)4, (CalendarDate?)new CalendarDate(2022, 10, 3)), ("T2", 2, new CalendarDate(2022, 10, 4)), ("T3", null, null)]);
    }

    [Theory]
    [InlineData("stray](https://x.org/a)\n\nA lost abstract, its first line\nand its second line")]
    [InlineData("A lost abstract, its first line\nand its second line")]
    public void A_run_of_lines_of_no_paper_is_reported_from_its_first_line_to_the_end_of_its_last(string run)
    {
        var text = Markdown(Paper("2401.00001", "T")) + run + "\n\n" + Paper("2401.00003", "T3");

        var parsed = Pipeline.Parse(text);

        var skipped = parsed.Diagnostics.ShouldHaveSingleItem();
        Covered(text, skipped).ShouldBe(run);
        skipped.MessageArgs[0].ShouldBe($"lines {LineOf(text, run)} to {LineOf(text, "and its second")}");
        parsed.Entries.Select(entry => entry.Title).ShouldBe(["T", "T3"]);
    }

    [Fact]
    public void An_upvote_count_whose_title_and_abstract_are_lost_heads_the_lines_reported_with_it_and_the_paper_above_keeps_its_meta()
    {
        const string lostMeta = "- 2 authors\n\n·\n\nOct 4, 2022";
        var text = Markdown(Paper("2401.00001", "T", "- 4 authors", "·", "Oct 3, 2022")) + Upvotes2 + lostMeta + "\n\n" + Paper("2401.00003", "T3");

        var parsed = Pipeline.Parse(text);

        var skipped = parsed.Diagnostics.ShouldHaveSingleItem();
        Covered(text, skipped).ShouldBe(Upvotes2 + lostMeta);
        parsed.Entries.Select(entry => (entry.Title, entry.AuthorCount)).ShouldBe([("T", (int?)4), ("T3", null)]);
        parsed.Entries[1].Upvotes.ShouldBe(3);
    }

    [Fact]
    public void An_abstract_whose_upvotes_and_title_are_lost_ends_the_paper_above_and_its_meta_is_reported_with_it()
    {
        const string lost = "[A second abstract, of the paper whose title is lost.](https://huggingface.co/papers/2401.00002)\n\n- 2 authors\n\n·\n\nOct 4, 2022";
        var text = Markdown(Paper("2401.00001", "T")) + lost + "\n\n" + Paper("2401.00003", "T3");

        var parsed = Pipeline.Parse(text);

        var skipped = parsed.Diagnostics.ShouldHaveSingleItem();
        skipped.Id.ShouldBe("PDS001");
        Covered(text, skipped).ShouldBe(lost);
        parsed.Entries.Select(entry => (entry.Title, entry.Shown)).ShouldBe([("T", EntryFacts.None), ("T3", EntryFacts.None)]);
    }

    [Fact]
    public void After_a_title_without_abstract_an_abstract_whose_title_is_lost_is_not_taken_for_its_own()
    {
        const string lost = "[Another abstract, of a paper whose title is lost.](https://huggingface.co/papers/2401.00003)\n\n- 5 authors";
        var text = Markdown(Paper("2401.00001", "T")) + Upvotes2 + "### [Lost](https://huggingface.co/papers/2401.00002)\n\n- 2 authors\n\n" + lost + "\n\n" + Paper("2401.00004", "T4");

        var parsed = Pipeline.Parse(text);

        Ids(parsed).ShouldBe([$"PDS008@{LineOf(text, "### [Lost]")}", $"PDS001@{LineOf(text, "[Another abstract")}"]);
        parsed.Diagnostics[0].MessageArgs.ShouldBe(["Lost"]);
        Covered(text, parsed.Diagnostics[1]).ShouldBe(lost);
        parsed.Entries.Select(entry => entry.Title).ShouldBe(["T", "T4"]);
    }

    [Fact]
    public void A_meta_line_after_a_papers_links_is_a_displaced_line_of_another_paper_not_a_second_author_count()
    {
        var text = Markdown(
            Paper("2401.00001", "T", "- 4 authors", "·", "Oct 3, 2022", "[GitHub](https://github.com/o/r)", "[arXiv](https://arxiv.org/abs/2401.00001)", "- 2 authors"),
            Paper("2401.00002", "T2"));

        var parsed = Pipeline.Parse(text);

        Ids(parsed).ShouldBe([$"PDS001@{LineOf(text, "- 2 authors")}"]);
        var entry = parsed.Entries[0];
        (entry.AuthorCount, entry.GitHubRepository, entry.ArxivId).ShouldBe(((int?)4, "o/r", "2401.00001"));
    }

    [Fact]
    public void The_paper_link_of_the_title_names_the_paper_and_an_arxiv_link_only_fills_in_what_the_title_lacks()
    {
        var linkedTitle = Pipeline.Parse(Markdown(Paper("2401.00001", "T", "- 4 authors", "[arXiv](https://arxiv.org/abs/2401.00009)"), Paper("2401.00002", "T2")));
        var plainTitles = Pipeline.Parse(
            "## Trending Papers\n\n### Some Title\n\nA summary.\n- 8 authors\n[arXiv](https://arxiv.org/abs/2401.00007)\n[arXiv](https://arxiv.org/abs/2401.00008)\n\n### Other\n\nAnother summary.\n- 2 authors\n\n",
            capturedOn: "2026-01-15");

        Ids(linkedTitle).ShouldBeEmpty();
        linkedTitle.Entries[0].ArxivId.ShouldBe("2401.00001");
        Ids(plainTitles).ShouldBeEmpty();
        plainTitles.Entries.Select(entry => entry.ArxivId).ShouldBe(["2401.00007", null]);
    }

    [Fact]
    public void The_stars_of_a_paper_are_those_of_the_repository_it_links_first()
    {
        const string entry = "### Some Title\n\nA summary of the paper.\n- 8 authors\n[LINK: GitHub](https://github.com/o/first)\n[LINK: GitHub 7](https://github.com/o/second)\n\n";

        var parsed = Pipeline.Parse("## Trending Papers\n\n" + entry + "### Other\n\nAnother summary.\n- 2 authors\n\n", capturedOn: "2026-01-15");

        Ids(parsed).ShouldBeEmpty();
        (parsed.Entries[0].GitHubRepository, parsed.Entries[0].GitHubStars).ShouldBe(("o/first", (int?)null));
    }

    [Fact]
    public void A_comment_count_written_after_the_date_on_its_line_is_read()
    {
        var parsed = Pipeline.Parse(Markdown(Paper("2401.00001", "T", "- 4 authors", "·", "Oct 3, 2022 5"), Paper("2401.00002", "T2", "- 1 author", "·", "Oct 3, 2022")));

        Ids(parsed).ShouldBeEmpty();
        parsed.Entries.Select(entry => entry.CommentCount).ShouldBe([(int?)5, 0]);
    }

    [Fact]
    public void A_rendered_file_without_a_capture_date_is_warned_about_its_year_less_dates()
    {
        var parsed = Pipeline.Parse(Markdown(Paper("2401.00001", "T", "- 4 authors", "·", "Oct 3")), capturedOn: null);

        Ids(parsed).ShouldBe(["PDS003@1"]);
        parsed.Entries.ShouldHaveSingleItem().PublishedOn.ShouldBeNull();
    }

    [Fact]
    public void A_rendered_file_whose_entries_are_all_broken_says_it_holds_no_papers_at_its_first_line()
    {
        const string text = "### [T](https://huggingface.co/papers/2401.00001)\n";

        var parsed = Pipeline.Parse(text, path: "/scrapes/broken.md");

        Ids(parsed).ShouldBe(["PDS008@1", "PDS006@1"]);
        parsed.Diagnostics[1].MessageArgs.ShouldBe(["broken.md"]);
        Covered(text, parsed.Diagnostics[1]).ShouldBe(text.TrimEnd('\n'));
    }

    [Fact]
    public void Only_the_first_date_above_the_papers_is_the_page_date()
    {
        var parsed = Pipeline.Parse("# Daily Papers\n\nNov 7\n\nNov 8\n\n" + Paper("2401.00001", "T"), capturedOn: "2025-11-07");

        Ids(parsed).ShouldBeEmpty();
    }

    [Fact]
    public void Reading_a_rendered_file_stops_when_the_build_is_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => SourceReader.Read(new SourceDocument("/scrapes/page.md", Markdown(Paper("2401.00001", "T")), "2025-11-07"), cancelled.Token));
    }

    [Fact]
    public void A_text_browser_abstract_cut_before_the_next_heading_names_its_title_and_a_later_abstract_is_not_taken_for_it()
    {
        var text = "Nov 7\n\n### [T][1]\n\n[\n\n" + Abstract + "\n\n[\n\nA second abstract, closed this time.\n\n][2]\n\n### [T2][3]\n\n[\n\n" + Abstract + "\n\n][4]\n";

        var parsed = Pipeline.Parse(text);

        parsed.Format.ShouldBe(SourceFormat.TextBrowser);
        Ids(parsed).ShouldBe([$"PDS001@{LineOf(text, "[\n\nA second")}", "PDS008@3"]);
        parsed.Entries.Select(entry => entry.Title).ShouldBe(["T2"]);
    }

    [Theory]
    [InlineData("papers")]
    [InlineData("models")]
    [InlineData("datasets")]
    [InlineData("spaces")]
    [InlineData("docs")]
    [InlineData("login")]
    [InlineData("join")]
    [InlineData("pricing")]
    [InlineData("enterprise")]
    [InlineData("blog")]
    [InlineData("posts")]
    [InlineData("learn")]
    [InlineData("tasks")]
    [InlineData("chat")]
    [InlineData("collections")]
    [InlineData("organizations")]
    [InlineData("settings")]
    [InlineData("buckets")]
    [InlineData("Models")]
    public void A_link_to_one_of_the_sites_own_pages_is_never_read_as_an_organisation(string page)
    {
        var parsed = Pipeline.Parse(Markdown(Paper("2401.00001", "T", $"[Some Name](https://huggingface.co/{page})", "·", "Oct 3, 2022"), Paper("2401.00002", "T2")));

        parsed.Diagnostics.ShouldNotBeEmpty();
        parsed.Entries.ShouldAllBe(entry => entry.Organization == null);
    }

    [Fact]
    public void A_first_heading_too_long_for_a_title_is_reported_with_its_entry_not_passed_over_as_the_pages_header()
    {
        var heading = $"### [{new string('t', 401)}](https://huggingface.co/papers/2401.00001)";
        var refused = heading + $"\n\n[{Abstract}](https://huggingface.co/papers/2401.00001)\n\n- 4 authors";
        var markdown = "# Daily Papers\n\nNov 7\n\n" + refused + "\n\n" + Paper("2401.00002", "T2");
        var textBrowser = $"Nov 7\n\n### [{new string('t', 401)}][1]\n\n[\n\n{Abstract}\n\n][2]\n\n### [T2][3]\n\n[\n\n{Abstract}\n\n][4]\n";

        var fromMarkdown = Pipeline.Parse(markdown);
        var fromTextBrowser = Pipeline.Parse(textBrowser);

        Covered(markdown, fromMarkdown.Diagnostics.ShouldHaveSingleItem()).ShouldBe(refused);
        fromMarkdown.Entries.Select(entry => entry.Title).ShouldBe(["T2"]);
        fromTextBrowser.Format.ShouldBe(SourceFormat.TextBrowser);
        Ids(fromTextBrowser).ShouldBe(["PDS001@3"]);
        fromTextBrowser.Diagnostics[0].MessageArgs[0].ShouldBe("lines 3 to 9");
        fromTextBrowser.Entries.Select(entry => entry.Title).ShouldBe(["T2"]);
    }
}
