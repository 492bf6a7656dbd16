using System.Collections.Immutable;
using System.Linq;
using PaperDataset.Sources.Merging;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.TextCopy;
using PaperDataset.Sources.Detection;
using PaperDataset.Sources.Text;
using PaperDataset.Testing;
using PaperDataset.Robustness.Tests.Infrastructure;
using Shouldly;
using Xunit;
using static PaperDataset.Testing.ScrapeBuilder;
using static PaperDataset.Robustness.Tests.Infrastructure.ReadResults;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>
/// Edges of the header, the list and the merger not covered elsewhere: every chrome line FORMAT.md names, the 400-character
/// title limit inside wrapped items, links wrapped onto a line of their own, reserved handle names, unresolved dates in
/// conflicts, and which ids are the title's plain slug.
/// </summary>
public class BoundaryTests
{
    [Theory]
    [InlineData("new")]
    [InlineData("Subscribe")]
    [InlineData("Daily Papers")]
    [InlineData("Trending Papers")]
    [InlineData("byAK and the research community")]
    [InlineData("by AK and the research community")]
    [InlineData("by")]
    [InlineData("AK")]
    [InlineData("and the research community")]
    [InlineData("Daily")]
    [InlineData("Weekly")]
    [InlineData("Monthly")]
    [InlineData("Get trending papers in your email inbox!")]
    [InlineData("Get trending papers in your email inbox once a day!")]
    public void Each_chrome_line_is_skipped_above_the_date_and_is_debris_inside_the_list(string chrome)
    {
        // Three unknown lines above the date would refuse the file, so a chrome line that is not recognised shows.
        var header = Pipeline.Parse(Items("q1", "q2", chrome, "Nov 7", "T", "A"));
        Ids(header).ShouldBe(["PDS012@1", "PDS012@3"]);
        header.Entries.ShouldHaveSingleItem().Title.ShouldBe("T");

        var list = Pipeline.Parse(Page("Nov 7", "T1", chrome, "A1"));
        Ids(list).ShouldBe(["PDS001@15"]);
        list.Entries.ShouldHaveSingleItem().Abstract.ShouldBe("A1");
    }

    [Fact]
    public void A_wrapped_line_of_exactly_400_characters_is_still_part_of_a_wrapped_paragraph()
    {
        var line = new string('w', 400);

        var parsed = Pipeline.Parse(Page("Nov 7", "T", line + "\nand the rest"));

        parsed.Diagnostics.ShouldBeEmpty();
        parsed.Entries.ShouldHaveSingleItem().Abstract.ShouldBe(line + " and the rest");
    }

    [Fact]
    public void A_title_sized_abstract_of_400_characters_before_a_long_abstract_becomes_its_title()
    {
        var titleSized = new string('s', 400);
        var longAbstract = "An abstract. " + new string('x', 400);

        var parsed = Pipeline.Parse(Page("Nov 7", "T1", titleSized, longAbstract));

        Ids(parsed).ShouldBe(["PDS008@13"]);
        var entry = parsed.Entries.ShouldHaveSingleItem();
        entry.Title.ShouldBe(titleSized);
        entry.Position.LineNumber.ShouldBe(15);
        entry.Abstract.ShouldBe(longAbstract);
    }

    [Fact]
    public void A_meta_block_after_a_title_without_abstract_ends_that_title()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", Authors(3, "Oct 3, 2022"), "T2", "A2"));

        Ids(parsed).ShouldBe(["PDS008@13"]);
        var entry = parsed.Entries.ShouldHaveSingleItem();
        (entry.Title, entry.Abstract, entry.Shown).ShouldBe(("T2", "A2", EntryFacts.None));
    }

    [Fact]
    public void A_meta_block_after_a_second_abstract_is_not_given_to_the_paper_before_it()
    {
        // The second abstract is a duplicated line or lost its title; the paper before it is complete, so the meta block that
        // follows is not guessed to be that paper's.
        var first = "An abstract. " + new string('x', 400);
        var second = "Another abstract. " + new string('y', 400);

        var parsed = Pipeline.Parse(Page("Nov 7", "T1", first, second, Authors(3, "Oct 3, 2022"), "T2", "A2"));

        parsed.Entries.Select(entry => $"{entry.Title}:{entry.Shown == EntryFacts.None}").ShouldBe(["T1:True", "T2:True"]);
        Ids(parsed).ShouldBe(["PDS001@17"]); // one mistake: the abstract and its meta block are one run of skipped lines
        parsed.Diagnostics[0].MessageArgs[0].ShouldBe("lines 17 to 21");
    }

    [Fact]
    public void Without_a_page_date_a_file_that_starts_with_a_paper_is_read_from_its_first_line()
    {
        var parsed = Pipeline.Parse(Items("T", "A", "T2", "A2"));

        Ids(parsed).ShouldBe(["PDS010@1"]);
        parsed.Entries.Select(entry => $"{entry.Position.LineNumber}:{entry.Title}").ShouldBe(["1:T", "5:T2"]);
    }

    [Theory]
    [InlineData("](https://huggingface.co/login)")]
    [InlineData("](/login)")]
    public void A_markdown_link_wrapped_so_that_its_target_starts_a_line_is_still_a_link(string line)
    {
        ForeignRendering.Detect(TextLines.SplitLines("[Subscribe\n" + line + "\n"))?.Reason
            .ShouldBe($"line 2 is a link in Markdown or text-browser syntax (\"{line}\")");
    }

    [Theory]
    [InlineData("Equals", "Equals_2")]
    [InlineData("Get Hash Code", "GetHashCode_2")]
    [InlineData("Get Type", "GetType_2")]
    [InlineData("To String", "ToString_2")]
    [InlineData("Reference Equals", "ReferenceEquals_2")]
    [InlineData("Memberwise Clone", "MemberwiseClone_2")]
    [InlineData("Finalize", "Finalize_2")]
    [InlineData("Known", "Known_2")]
    [InlineData("Get Hash", "GetHash")]
    public void Handles_never_take_a_name_every_class_inherits_or_the_nested_class_name(string title, string handle)
    {
        var scrape = Pipeline.ParseFile("/s/p.txt", Page("Nov 7", title, "A"), "2025-11-07");

        Pipeline.Merge(scrape).Catalogue.Papers.ShouldHaveSingleItem().HandleName.ShouldBe(handle);
    }

    [Fact]
    public void An_unresolved_date_in_a_conflict_is_shown_as_none()
    {
        var dated = Pipeline.ParseFile("/s/b.txt", Page("Nov 7", "T", "A", Authors(3, "Oct 3, 2022")), "2025-11-07");
        var undated = Pipeline.ParseFile("/s/a.txt", Page("Nov 7", "T", "A", Authors(3, "Oct 3")), null);

        var result = Pipeline.Merge(undated, dated);

        result.Catalogue.Papers.Single().PublishedOn.ShouldBe(new CalendarDate(2022, 10, 3));
        var conflict = result.Diagnostics.ShouldHaveSingleItem();
        conflict.Id.ShouldBe("PDS005");
        conflict.MessageArgs.ShouldBe(["T", "date", "none", "2022-10-03", "b.txt line 13"]);
    }

    [Fact]
    public void Only_ids_without_a_hash_suffix_are_marked_as_the_title_slug()
    {
        var scrape = Pipeline.ParseFile("/s/p.txt", Page("Nov 7", "Graph: Nets", "A", "Graph Nets!", "B", "Other", "C"), "2025-11-07");

        var papers = Pipeline.Merge(scrape).Catalogue.Papers;

        papers.Select(paper => $"{paper.Title}={paper.IdIsTitleSlug}").OrderBy(text => text, System.StringComparer.Ordinal)
            .ShouldBe(["Graph Nets!=False", "Graph: Nets=False", "Other=True"]);
    }
}
