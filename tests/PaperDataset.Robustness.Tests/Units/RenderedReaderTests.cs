using System.Linq;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Sources.Model;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>The rendered readers on damaged and doubtful input: every doubt is a diagnostic, never a guess.</summary>
public class RenderedReaderTests
{
    private const string Abstract = "An abstract long enough to be one, about gradients and what they do.";

    private static string[] Ids(ReadResult parsed) => parsed.Diagnostics.Select(diagnostic => $"{diagnostic.Id}@{diagnostic.Position.LineNumber}").ToArray();

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

        Ids(parsed).ShouldBe(["PDS001@19"]);
        parsed.Diagnostics[0].MessageArgs[0].ShouldBe("lines 19 to 25");
        parsed.Diagnostics[0].Message.ShouldStartWith("Skipped lines 19 to 25, which is not part of any paper: \"[An abstract");
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
}
