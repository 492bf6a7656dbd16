using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
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

/// <summary>
/// The merger's orderings beyond <see cref="MergerTests"/>: newest capture over file name, repeats within one file, identical
/// copies, the shortening of long titles in diagnostics, handle suffixes past the second, and cancellation.
/// </summary>
public class MergerOrderTests
{
    private static string[] Ids(MergeResult result) =>
        result.Diagnostics.Select(diagnostic => $"{diagnostic.Id}@{diagnostic.FilePath}:{diagnostic.Position.LineNumber}").ToArray();

    [Fact]
    public void The_newest_capture_wins_whatever_its_file_is_called()
    {
        var old = Pipeline.ParseFile("/s/a.txt", Page("Nov 7", "T", "old abstract", Authors(1, "Oct 3, 2022")), "2024-11-07");
        var newest = Pipeline.ParseFile("/s/z.txt", Page("Nov 7", "x", "y", "T", "new abstract", Authors(2, "Oct 3, 2022")), "2025-11-07");

        var result = Pipeline.Merge(old, newest);

        var paper = result.Catalogue.Papers.Single(paper => paper.Title == "T");
        paper.Abstract.ShouldBe("new abstract");
        paper.AuthorCount.ShouldBe(2);
        paper.Sources.Select(source => $"{result.Catalogue.Files[source.FileIndex].FileName}:{source.Line}").ShouldBe(["z.txt:17", "a.txt:13"]);
        Ids(result).ShouldBe(["PDS005@/s/a.txt:13", "PDS005@/s/a.txt:13"]);
        result.Diagnostics.Select(diagnostic => diagnostic.MessageArgs[1]).ShouldBe(["abstract", "author count"]);
        result.Diagnostics.ShouldAllBe(diagnostic => diagnostic.MessageArgs[4] == "z.txt line 17");
    }

    [Fact]
    public void A_file_with_a_capture_date_is_newer_than_one_without_whatever_their_names()
    {
        var dated = Pipeline.ParseFile("/s/z.txt", Page("Nov 7", "T", "dated abstract"), "2000-11-07");
        var undated = Pipeline.ParseFile("/s/a.txt", Page("Nov 7", "T", "undated abstract"), null);

        var result = Pipeline.Merge(undated, dated);

        result.Catalogue.Papers.Single().Abstract.ShouldBe("dated abstract");
        Ids(result).ShouldBe(["PDS005@/s/a.txt:13"]);
    }

    [Fact]
    public void A_paper_repeated_in_one_file_keeps_its_first_sighting_and_reports_the_later_one()
    {
        var scrape = Pipeline.ParseFile("/s/p.txt", Page("Nov 7", "Same", "first abstract", "Other", "B", "same", "second abstract"), "2025-11-07");

        var result = Pipeline.Merge(scrape);

        var paper = result.Catalogue.Papers.Single(paper => paper.Id == "same");
        paper.Title.ShouldBe("Same");
        paper.Abstract.ShouldBe("first abstract");
        paper.Sources.Select(source => source.Line).ShouldBe([13, 21]);
        Ids(result).ShouldBe(["PDS005@/s/p.txt:21"]);
        result.Diagnostics[0].MessageArgs.ShouldBe(["same", "abstract", "second abstract", "first abstract", "p.txt line 13"]);
    }

    [Fact]
    public void Sightings_in_equally_old_files_follow_the_file_order()
    {
        var b = Pipeline.ParseFile("/s/b.txt", Page("Nov 7", "T", "from b"), "2025-11-07");
        var a = Pipeline.ParseFile("/s/a.txt", Page("Nov 7", "x", "y", "T", "from a"), "2025-11-07");

        var result = Pipeline.Merge(b, a);

        result.Catalogue.Papers.Single(paper => paper.Title == "T").Abstract.ShouldBe("from a");
        Ids(result).ShouldBe(["PDS005@/s/b.txt:13"]);
    }

    [Fact]
    public void Identical_copies_in_other_directories_give_the_same_result_in_any_order()
    {
        var text = Page("Nov 7", "Graph: Nets", "A", "Graph Nets!", "B");
        var first = Pipeline.ParseFile("/a/p.txt", text, "2025-11-07");
        var second = Pipeline.ParseFile("/b/p.txt", text, "2025-11-07");

        var forward = Pipeline.Merge(first, second);
        var backward = Pipeline.Merge(second, first);

        backward.Catalogue.ShouldBe(forward.Catalogue);
        backward.Diagnostics.ShouldBe(forward.Diagnostics);
        Ids(forward).ShouldBe(["PDS009@/a/p.txt:17"]);
    }

    [Fact]
    public void Files_with_the_same_name_and_date_but_other_papers_are_ordered_the_same_whatever_the_order_given()
    {
        var one = Pipeline.ParseFile("/a/p.txt", Page("Nov 7", "Alpha", "A"), "2025-11-07");
        var two = Pipeline.ParseFile("/b/p.txt", Page("Nov 7", "Beta", "B"), "2025-11-07");
        var three = Pipeline.ParseFile("/c/p.txt", Page("Nov 7", "Alpha", "A", Authors(1, "Oct 3, 2022")), "2025-11-07");
        var four = Pipeline.ParseFile("/d/p.txt", Page("Nov 7", "x", "y", "Alpha", "A"), "2025-11-07");

        var expected = Pipeline.Merge(one, two, three, four);

        Pipeline.Merge(four, three, two, one).Catalogue.ShouldBe(expected.Catalogue);
        Pipeline.Merge(two, four, one, three).Catalogue.ShouldBe(expected.Catalogue);
        Pipeline.Merge(three, one, four, two).Catalogue.ShouldBe(expected.Catalogue);
    }

    [Fact]
    public void Long_titles_and_values_are_cut_after_80_characters_in_diagnostics()
    {
        var title80 = new string('t', 80);
        var title81 = new string('u', 81);
        var abstract81 = new string('a', 81);
        var older = Pipeline.ParseFile("/s/a.txt", Page("Nov 7", title80, abstract81, title81, abstract81), "2024-11-07");
        var newer = Pipeline.ParseFile("/s/b.txt", Page("Nov 7", title80, "short", title81, new string('b', 81)), "2025-11-07");

        var result = Pipeline.Merge(older, newer);

        result.Diagnostics.Select(diagnostic => string.Join("|", diagnostic.MessageArgs)).ShouldBe(
        [
            string.Join("|", title80, "abstract", new string('a', 80) + "…", "short", "b.txt line 13"),
            string.Join("|", new string('u', 80) + "…", "abstract", new string('a', 80) + "…", new string('b', 80) + "…", "b.txt line 17"),
        ]);
    }

    [Fact]
    public void A_long_title_is_cut_in_the_id_collision_diagnostic()
    {
        var a = new string('g', 81) + ":";
        var b = new string('g', 81) + "!";

        var result = Pipeline.Merge(Pipeline.ParseFile("/s/p.txt", Page("Nov 7", a, "A", b, "B"), "2025-11-07"));

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS009");
        diagnostic.MessageArgs.ShouldBe([new string('g', 80) + "…", new string('g', 80) + "…", new string('g', 81)]);
    }

    [Fact]
    public void Every_further_handle_that_meets_takes_the_next_number_in_id_order()
    {
        var stem = string.Join(" ", Enumerable.Repeat("word", 30));
        var scrape = Pipeline.ParseFile("/s/p.txt", Page("Nov 7", stem + " gamma", "A", stem + " alpha", "B", stem + " beta", "C"), "2025-11-07");

        var handles = Pipeline.Merge(scrape).Catalogue.Papers.Select(paper => $"{paper.Id.Substring(paper.Id.Length - 5)}={paper.HandleName}").ToArray();

        var handle = string.Concat(Enumerable.Repeat("Word", 24));
        handles.ShouldBe([$"alpha={handle}", $"-beta={handle}_2", $"gamma={handle}_3"]);
    }

    [Fact]
    public void A_cancelled_merge_stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var scrape = Pipeline.ParseFile("/s/p.txt", Page("Nov 7", "T", "A"), "2025-11-07");

        Should.Throw<OperationCanceledException>(() => CatalogueMerger.Merge([scrape], cancelled.Token));
    }
}
