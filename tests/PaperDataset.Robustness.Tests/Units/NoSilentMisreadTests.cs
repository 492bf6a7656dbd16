using System.Linq;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Sources.Model;
using Shouldly;
using Xunit;
using static PaperDataset.Testing.ScrapeBuilder;
using static PaperDataset.Robustness.Tests.Infrastructure.ReadResults;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>
/// Regressions found by trying the text-copy reader as a new user would: a meta line that is neither an author count nor a
/// plausible organisation is reported, never read as one; one mistake is one diagnostic; and abstracts whose titles were
/// deleted are not mistaken for titles without abstracts.
/// </summary>
public class NoSilentMisreadTests
{
    private static readonly string Long = "An abstract. " + new string('x', 400);
    private static readonly string Long2 = "Another abstract. " + new string('y', 400);

    [Theory]
    [InlineData("  • three authors")]
    [InlineData("  • 3 authors!")]
    [InlineData("3 authors")]
    [InlineData("- three authors")]
    [InlineData("org/name Some Name")]
    [InlineData("(PEARLS) PEARLS Lab")]
    [InlineData("PEARLS-Lab written by 3 authors")]
    public void A_meta_line_that_is_no_count_and_no_plausible_organisation_is_PDS002_and_the_paper_is_kept_without_meta(string line)
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T", "A", Meta(line, "Oct 3, 2022"), "T2", "A2"));

        Ids(parsed).ShouldBe(["PDS002@17"]);
        parsed.Diagnostics[0].MessageArgs[1].ShouldContain("neither an author count");
        parsed.Entries.Select(entry => (entry.Title, entry.Shown, entry.Organization)).ShouldBe([("T", EntryFacts.None, (OrganizationSpec?)null), ("T2", EntryFacts.None, null)]);
    }

    [Theory]
    [InlineData("PEARLS-Lab PEARLS Lab", "PEARLS-Lab")]
    [InlineData("KaLM-Embedding KaLM-Embedding", "KaLM-Embedding")]
    [InlineData("a.b_c-1 Name", "a.b_c-1")]
    public void A_real_organisation_line_is_still_read(string line, string handle)
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T", "A", Meta(line, "Oct 3, 2022")));

        Ids(parsed).ShouldBeEmpty();
        parsed.Entries.ShouldHaveSingleItem().Organization!.Handle.ShouldBe(handle);
    }

    [Fact]
    public void A_deleted_title_in_front_of_an_abstract_is_one_diagnostic_spanning_the_abstract_and_its_meta()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", Long, Authors(3, "Oct 3, 2022"), Long2, Authors(2, "Oct 4, 2022"), "T3", "A3"));

        Ids(parsed).ShouldBe(["PDS001@21"]);
        parsed.Diagnostics[0].MessageArgs[0].ShouldBe("lines 21 to 25");
        parsed.Entries.Select(entry => entry.Title).ShouldBe(["T1", "T3"]);
    }

    [Fact]
    public void A_short_abstract_whose_title_was_deleted_is_not_reported_as_a_title_without_abstract()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", "A short abstract. It says little.", Authors(3, "Oct 3, 2022"), "Another short abstract.", Authors(2, "Oct 4, 2022"), "T3", "A3"));

        Ids(parsed).ShouldBe(["PDS001@21"]);
        parsed.Diagnostics[0].MessageArgs.ShouldBe(["lines 21 to 25", "Another short abstract."]);
        parsed.Entries.Select(entry => entry.Title).ShouldBe(["T1", "T3"]);
    }

    [Fact]
    public void A_title_whose_abstract_was_deleted_is_still_named_as_such()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", "A1", Authors(3, "Oct 3, 2022"), "Lost Abstract: A Title", Authors(2, "Oct 4, 2022"), "T3", "A3"));

        Ids(parsed).ShouldBe(["PDS008@21"]);
        parsed.Entries.Select(entry => entry.Title).ShouldBe(["T1", "T3"]);
    }

    [Fact]
    public void Conflicting_abstracts_are_shown_from_just_before_where_they_differ()
    {
        var common = "We study gradient descent on deep networks and show that " + new string('c', 100);
        var older = Pipeline.Parse(Page("Nov 7", "T", common + " the old ending."), "/s/old.txt", "2025-11-07");
        var newer = Pipeline.Parse(Page("Nov 8", "T", common + " a new ending."), "/s/new.txt", "2025-11-08");

        var diagnostic = Pipeline.Merge(older, newer).Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("PDS005");
        diagnostic.MessageArgs.ShouldBe(["T", $"abstract, from character {common.Length + 2},", "…" + new string('c', 19) + " the old ending.", "…" + new string('c', 19) + " a new ending.", "new.txt line 13"]);
    }

    [Fact]
    public void A_link_line_export_that_lost_its_paper_url_names_the_title_line_in_a_diagnostic()
    {
        // Found by the damaged-renderings property: without the paper URL nothing marks the file as a link-line export, so
        // it is read as a text copy whose lines run together; the diagnostic must span them all, title included.
        const string text = "new\n\nDaily Papers\n\nby AK and the research community\n\nDec 31\n\n [-] 62\n"
            + "https://huggingface.co/login?next=%2Fpapers%2F2401.74039\nA title whose link was lost\n"
            + "We study what happens when a line goes missing.\n[\n]junk[\nMar 14\n10\nhttps://huggingface.co/papers/2401.74039#community\n";
        var titleStart = text.IndexOf("A title", System.StringComparison.Ordinal);

        var parsed = Pipeline.Parse(text, capturedOn: "2024-12-31");

        parsed.Entries.ShouldBeEmpty();
        parsed.Diagnostics.ShouldContain(diagnostic => diagnostic.Position.Start <= titleStart && titleStart < diagnostic.Position.Start + diagnostic.Position.Length);
    }
}
