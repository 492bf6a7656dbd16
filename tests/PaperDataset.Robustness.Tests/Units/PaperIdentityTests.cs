using System.Linq;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Sources.Model;
using Shouldly;
using Xunit;
using static PaperDataset.Testing.ScrapeBuilder;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>Which entries are one paper: an arXiv id is an identity; an entry without one is matched by title.</summary>
public class PaperIdentityTests
{
    private static string Item(string arxivId, string title, int upvotes, string summary = "An abstract.") =>
        $$"""{"paper": {"id": "{{arxivId}}", "title": "{{title}}", "summary": "{{summary}}", "upvotes": {{upvotes}}, "authors": [{"name": "A. Author"}]}, "numComments": 1}""";

    private static ReadResult Json(string name, string capturedOn, params string[] items) =>
        Pipeline.ParseFile("/s/" + name, "[\n" + string.Join(",\n", items) + "\n]\n", capturedOn);

    [Fact]
    public void The_same_arxiv_id_in_two_files_is_one_paper_with_both_sources_and_the_newest_values()
    {
        var older = Json("old.json", "2024-03-01", Item("2403.00001", "Old Title Wording", 3));
        var newer = Json("new.json", "2024-03-09", Item("2403.00001", "New Title Wording", 40));

        var merged = Pipeline.Merge(older, newer);

        var paper = merged.Catalogue.Papers.ShouldHaveSingleItem();
        paper.Title.ShouldBe("New Title Wording");
        paper.Hub.ArxivId.ShouldBe("2403.00001");
        paper.Hub.Upvotes.ShouldBe(40);
        paper.Sources.Select(source => merged.Catalogue.Files[source.FileIndex].FileName).ShouldBe(["new.json", "old.json"]);
    }

    [Fact]
    public void Two_arxiv_ids_are_two_papers_even_with_equal_titles_and_their_ids_say_which()
    {
        var file = Json("day.json", "2024-03-09", Item("2403.00001", "Same Title", 1), Item("2403.00002", "Same Title", 2));

        var merged = Pipeline.Merge(file);

        merged.Catalogue.Papers.Select(paper => (paper.Id, paper.Hub.ArxivId))
            .ShouldBe([("same-title-2403-00001", "2403.00001"), ("same-title-2403-00002", "2403.00002")]);
        merged.Diagnostics.Select(diagnostic => diagnostic.Id).ShouldBe(["PDS009"]);
    }

    [Fact]
    public void A_text_copy_entry_joins_the_one_paper_with_its_title_and_keeps_its_meta_facts()
    {
        var json = Json("day.json", "2024-03-01", Item("2403.00001", "Shared Title", 7));
        var text = Pipeline.ParseFile("/s/page.txt", Page("Nov 7", "shared   TITLE", "An abstract.", Authors(3, "Oct 3, 2022 5")), "2025-11-07");

        var merged = Pipeline.Merge(json, text);

        var paper = merged.Catalogue.Papers.ShouldHaveSingleItem();
        paper.Hub.ArxivId.ShouldBe("2403.00001");
        paper.Hub.Upvotes.ShouldBe(7);
        paper.Sources.Count.ShouldBe(2);
        paper.CommentCount.ShouldBe(5, "the newest capture (the text copy) shows the comment count");
    }

    [Fact]
    public void A_text_copy_entry_whose_title_two_papers_share_stays_a_paper_of_its_own()
    {
        var json = Json("day.json", "2024-03-01", Item("2403.00001", "Shared Title", 1), Item("2403.00002", "Shared Title", 2));
        var text = Pipeline.ParseFile("/s/page.txt", Page("Nov 7", "Shared Title", "An abstract."), "2025-11-07");

        var merged = Pipeline.Merge(json, text);

        merged.Catalogue.Papers.Count.ShouldBe(3);
        merged.Catalogue.Papers.Count(paper => paper.Hub.ArxivId is null).ShouldBe(1);
    }
}
