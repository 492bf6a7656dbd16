using System.Collections.Immutable;
using System.Linq;
using PaperDataset.Sources.Merging;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.TextCopy;
using PaperDataset.Sources.Text;
using PaperDataset.Testing;
using PaperDataset.Robustness.Tests.Infrastructure;
using Shouldly;
using Xunit;
using static PaperDataset.Testing.ScrapeBuilder;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>The merger on parsed files directly: order, newest-wins, conflicts, ids and handles.</summary>
public class MergerTests
{
    private static string[] Ids(MergeResult result) =>
        result.Diagnostics.Select(diagnostic => $"{diagnostic.Id}@{SourceDocument.FileNameOf(diagnostic.FilePath)}:{diagnostic.Position.LineNumber}").ToArray();

    [Fact]
    public void Files_are_ordered_by_name_then_capture_date_whatever_order_they_come_in()
    {
        var b = Pipeline.ParseFile("/x/b.txt", Page("Nov 7", "T", "A"), "2025-11-07");
        var a2 = Pipeline.ParseFile("/y/a.txt", Page("Nov 7", "U", "A"), "2025-11-07");
        var a1 = Pipeline.ParseFile("/z/a.txt", Page("Nov 7", "U", "A"), "2024-11-07");
        var none = Pipeline.ParseFile("/w/a.txt", Page("Nov 7", "V", "A"), null);

        var result = Pipeline.Merge(b, a2, none, a1);

        result.Catalogue.Files.Select(file => $"{file.FileName}:{file.CapturedOn}").ShouldBe(["a.txt:", "a.txt:2024-11-07", "a.txt:2025-11-07", "b.txt:2025-11-07"]);
        Pipeline.Merge(a1, none, a2, b).Catalogue.ShouldBe(result.Catalogue);
    }

    [Fact]
    public void The_newest_capture_gives_title_and_abstract_and_every_sighting_is_kept_newest_first()
    {
        var older = Pipeline.ParseFile("/s/older.txt", Page("Nov 7", "x", "y", "attention  IS all", "old abstract"), "2024-11-07");
        var newer = Pipeline.ParseFile("/s/newer.txt", Page("Nov 7", "Attention is all", "new abstract"), "2025-11-07");
        var undated = Pipeline.ParseFile("/s/undated.txt", Page("Nov 7", "ATTENTION is all", "undated abstract"), null);

        var result = Pipeline.Merge(older, undated, newer);

        var paper = result.Catalogue.Papers.Single(paper => paper.Id == "attention-is-all");
        paper.Title.ShouldBe("Attention is all");
        paper.Abstract.ShouldBe("new abstract");
        paper.Sources.Select(source => $"{result.Catalogue.Files[source.FileIndex].FileName}:{source.Line}").ShouldBe(["newer.txt:13", "older.txt:17", "undated.txt:13"]);
        Ids(result).ShouldBe(["PDS005@older.txt:17", "PDS005@undated.txt:13"]);
        result.Diagnostics[0].MessageArgs.ShouldBe(["attention  IS all", "abstract", "old abstract", "new abstract", "newer.txt line 13"]);
    }

    [Fact]
    public void Meta_comes_from_the_newest_sighting_that_has_one_and_each_disagreement_is_reported()
    {
        var newest = Pipeline.ParseFile("/s/c.txt", Page("Nov 7", "T", "A"), "2025-11-07");
        var middle = Pipeline.ParseFile("/s/b.txt", Page("Nov 7", "T", "A", Authors(3, "Oct 3, 2022 5")), "2025-06-01");
        var oldest = Pipeline.ParseFile("/s/a.txt", Page("Nov 7", "T", "A", Meta("ORG Org Name", "Oct 4, 2022 6")), "2024-01-01");

        var result = Pipeline.Merge(oldest, newest, middle);

        var paper = result.Catalogue.Papers.Single();
        (paper.AuthorCount, paper.Organization, paper.PublishedOn, paper.CommentCount).ShouldBe((3, (OrganizationSpec?)null, new CalendarDate(2022, 10, 3), 5));
        result.Diagnostics.Select(diagnostic => diagnostic.MessageArgs[1] + ": " + diagnostic.MessageArgs[2] + " vs " + diagnostic.MessageArgs[3]).ShouldBe(
        [
            "date: 2022-10-04 vs 2022-10-03",
            "author count: none vs 3",
            "organisation: ORG Org Name vs none",
            "comment count: 6 vs 5",
        ]);
        result.Diagnostics.ShouldAllBe(diagnostic => diagnostic.FilePath == "/s/a.txt" && diagnostic.MessageArgs[4] == "b.txt line 13");
    }

    [Fact]
    public void Agreeing_sightings_raise_nothing_and_papers_are_ordered_by_id()
    {
        var one = Pipeline.ParseFile("/s/1.txt", Page("Nov 7", "Zeta", "A", Authors(1, "Oct 3, 2022"), "Alpha", "B"), "2025-11-07");
        var two = Pipeline.ParseFile("/s/2.txt", Page("Nov 7", "Alpha", "B", "Zeta", "A", Authors(1, "Oct 3, 2022")), "2025-11-07");

        var result = Pipeline.Merge(one, two);

        result.Diagnostics.ShouldBeEmpty();
        result.Catalogue.Papers.Select(paper => $"{paper.Id}/{paper.HandleName}/{paper.Sources.Count}").ShouldBe(["alpha/Alpha/2", "zeta/Zeta/2"]);
    }

    [Fact]
    public void Clashing_slugs_all_get_a_hash_suffix_and_each_clash_after_the_first_is_reported()
    {
        var scrape = Pipeline.ParseFile("/s/p.txt", Page("Nov 7", "Graph: Nets", "A", "Graph Nets!", "B", "graph nets?", "C", "Other", "D"), "2025-11-07");

        var result = Pipeline.Merge(scrape);

        var graph = result.Catalogue.Papers.Where(paper => paper.Id.StartsWith("graph-nets-")).ToList();
        graph.Count.ShouldBe(3);
        graph.ShouldAllBe(paper => paper.Id == "graph-nets-" + PaperDataset.PaperId.TitleHash(paper.Title));
        Ids(result).ShouldBe(["PDS009@p.txt:17", "PDS009@p.txt:21"]);
        result.Diagnostics[0].MessageArgs.ShouldBe(["Graph Nets!", "Graph: Nets", "graph-nets"]);
        result.Catalogue.Papers.Single(paper => paper.Title == "Other").Id.ShouldBe("other");
    }

    [Fact]
    public void Handles_that_meet_take_numeric_suffixes_and_never_a_reserved_name()
    {
        var long1 = string.Join(" ", Enumerable.Repeat("word", 30)) + " alpha";
        var long2 = string.Join(" ", Enumerable.Repeat("word", 30)) + " beta";
        var scrape = Pipeline.ParseFile("/s/p.txt", Page("Nov 7", long1, "A", long2, "B", "Known", "C", "To String", "D", "All", "E", "Equals", "F"), "2025-11-07");

        var handles = Pipeline.Merge(scrape).Catalogue.Papers.ToDictionary(paper => paper.Title, paper => paper.HandleName);

        handles[long1].ShouldBe(string.Concat(Enumerable.Repeat("Word", 24)));
        handles[long2].ShouldBe(string.Concat(Enumerable.Repeat("Word", 24)) + "_2");
        handles["Known"].ShouldBe("Known_2");
        handles["To String"].ShouldBe("ToString_2");
        handles["Equals"].ShouldBe("Equals_2");
    }

    [Fact]
    public void Same_named_files_with_the_same_date_are_ordered_by_content_including_meta_never_by_path()
    {
        var plain = Page("Nov 7", "T", "A", Authors(1, "Oct 3, 2022"));
        var other = Page("Nov 7", "T", "A", Authors(2, "Oct 3, 2022"));

        var forward = Pipeline.Merge(Pipeline.ParseFile("/a/p.txt", plain, "2025-11-07"), Pipeline.ParseFile("/b/p.txt", other, "2025-11-07"));
        var swapped = Pipeline.Merge(Pipeline.ParseFile("/a/p.txt", other, "2025-11-07"), Pipeline.ParseFile("/b/p.txt", plain, "2025-11-07"));

        swapped.Catalogue.ShouldBe(forward.Catalogue);
        var crlf = Pipeline.Merge(Pipeline.ParseFile("/a/p.txt", plain.Replace("\n", "\r\n"), "2025-11-07"), Pipeline.ParseFile("/b/p.txt", other, "2025-11-07"));
        crlf.Catalogue.ShouldBe(forward.Catalogue);
    }

    [Fact]
    public void Nothing_in_means_an_empty_catalogue()
    {
        var result = Pipeline.Merge();

        result.Catalogue.Files.Count.ShouldBe(0);
        result.Catalogue.Papers.Count.ShouldBe(0);
        result.Diagnostics.ShouldBeEmpty();
    }
}
