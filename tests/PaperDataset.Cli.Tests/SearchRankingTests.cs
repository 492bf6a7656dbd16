using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using PaperDataset.Cli.Export;
using PaperDataset.Cli.Query;
using PaperDataset.Json;
using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests;

public sealed class SearchRankingTests
{
    // The hand-made ranking for "zebra": the title match first, then a short abstract that says it once, then a long
    // abstract that says it once, deep inside 300 words; "Quagga" never matches.
    private static readonly Paper InTitle = TestCatalogue.Paper("Zebra Stripes", "How stripes form. " + TestCatalogue.Filler(40), new DateOnly(2020, 1, 1));
    private static readonly Paper OnceEarly = TestCatalogue.Paper("Savanna Animals", "A zebra among others. " + TestCatalogue.Filler(40), new DateOnly(2021, 1, 1));
    private static readonly Paper OnceDeep = TestCatalogue.Paper("Grassland Ecology", TestCatalogue.Filler(300) + " and one zebra. " + TestCatalogue.Filler(20), new DateOnly(2025, 1, 1));
    private static readonly Paper Unrelated = TestCatalogue.Paper("Quagga Genomes", TestCatalogue.Filler(50), new DateOnly(2024, 1, 1));
    private static readonly TestCatalogue Catalogue = new([OnceDeep, Unrelated, OnceEarly, InTitle]);

    [Fact]
    public void Ranks_a_title_match_above_a_single_mention_deep_in_an_abstract()
    {
        var run = CliRun.Over(Catalogue, plain: true, "search", "zebra");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Column("Id").ShouldBe([InTitle.Id.Value, OnceEarly.Id.Value, OnceDeep.Id.Value]);
        var scores = run.Column("Score").Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToList();
        scores.ShouldBe(scores.OrderByDescending(s => s).ToList());
        scores[^1].ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Other_orders_are_kept_and_ignore_the_score()
    {
        CliRun.Over(Catalogue, plain: true, "search", "zebra", "--sort", "date").Column("Id")
            .ShouldBe([OnceDeep.Id.Value, OnceEarly.Id.Value, InTitle.Id.Value]);
        CliRun.Over(Catalogue, plain: true, "search", "zebra", "--sort", "title").Column("Title")
            .ShouldBe([OnceDeep.Title, OnceEarly.Title, InTitle.Title]);
        CliRun.Over(Catalogue, plain: true, "search", "zebra", "--sort", "id").Column("Id")
            .ShouldBe(new[] { InTitle, OnceEarly, OnceDeep }.Select(p => p.Id.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_title_word_outweighs_the_same_word_in_an_abstract_of_the_same_length()
    {
        var title = TestCatalogue.Paper("Okapi Study", TestCatalogue.Filler(30));
        var body = TestCatalogue.Paper("Forest Study", "Okapi " + TestCatalogue.Filler(29));
        var text = SearchExpression.Parse("okapi");

        var hits = new PaperQuery { Text = text, Sort = PaperSort.Relevance }.Run([body, title], TestContext.Current.CancellationToken);

        hits.Select(h => h.Paper).ShouldBe([title, body]);
        hits[0].Score.ShouldBeGreaterThan(hits[1].Score);
    }

    [Fact]
    public void Rarer_words_count_more()
    {
        // Both papers match both words once in the title; "okapi" is in one paper, "forest" in three.
        var rare = TestCatalogue.Paper("Okapi Habitat", TestCatalogue.Filler(20));
        var common = TestCatalogue.Paper("Forest Habitat", TestCatalogue.Filler(20));
        var others = Enumerable.Range(0, 2).Select(i => TestCatalogue.Paper("Forest " + i.ToString(CultureInfo.InvariantCulture), TestCatalogue.Filler(20)));
        var catalogue = new[] { rare, common }.Concat(others).ToList();

        var relevance = Relevance.For(SearchExpression.Parse("okapi forest"), SearchField.All, catalogue);

        relevance.Score(rare).ShouldBeGreaterThan(relevance.Score(common));
    }

    [Theory]
    [InlineData("The zebra runs.", "zebra", "The [zebra] runs.")]
    [InlineData("Deep neural  networks, pruned.", "\"neural networks\"", "Deep [neural networks], pruned.")]
    [InlineData("Transformers transform text.", "transform*", "[Transformers transform] text.")]
    [InlineData("No match here.", "zebra", "No match here.")]
    [InlineData("", "zebra", "")]
    public void Snippets_bracket_the_matched_words(string text, string search, string expected)
    {
        Snippet.Of(text, SearchExpression.Parse(search)).ShouldBe(expected);
    }

    [Fact]
    public void A_snippet_is_a_window_around_the_matches_marked_where_it_was_cut()
    {
        var text = TestCatalogue.Filler(100) + " the zebra and its zebra foal " + TestCatalogue.Filler(100);

        var snippet = Snippet.Of(text, SearchExpression.Parse("zebra"));

        snippet.ShouldStartWith("…");
        snippet.ShouldEndWith("…");
        snippet.ShouldContain("the [zebra] and its [zebra] foal");
        snippet.Split(' ').Length.ShouldBeLessThanOrEqualTo(Snippet.MaxWords);
    }

    [Fact]
    public void Every_hit_shows_a_snippet_of_its_abstract()
    {
        var run = CliRun.Over(Catalogue, plain: true, "search", "zebra");

        run.Column("Snippet").ShouldBe([
            "How stripes form. " + string.Join(' ', TestCatalogue.Filler(40).Split(' ').Take(Snippet.MaxWords - 3)) + "…",
            "A [zebra] among others. " + string.Join(' ', TestCatalogue.Filler(40).Split(' ').Take(Snippet.MaxWords - 4)) + "…",
            "…" + string.Join(' ', TestCatalogue.Filler(300).Split(' ').TakeLast(3)) + " and one [zebra]. " + string.Join(' ', TestCatalogue.Filler(20).Split(' ').Take(Snippet.MaxWords - 6)) + "…",
        ]);
    }

    [Fact]
    public void Pages_join_up_to_the_whole_result()
    {
        var all = CliRun.Plain("search", "learning", "--limit", "0").Column("Id");

        var pages = Enumerable.Range(0, (all.Count / 7) + 1)
            .SelectMany(page => CliRun.Plain("search", "learning", "--offset", (page * 7).ToString(CultureInfo.InvariantCulture), "--limit", "7").Column("Id"))
            .ToList();

        all.Count.ShouldBeGreaterThan(14);
        pages.ShouldBe(all);
    }

    [Fact]
    public void The_note_says_which_page_is_shown_and_how_to_get_the_next()
    {
        var total = CliRun.Plain("search", "learning", "--limit", "0").Column("Id").Count;

        CliRun.Plain("search", "learning", "--offset", "5", "--limit", "5").Error
            .ShouldContain($"Showing 6-10 of {total} matches; --offset 10 shows the next page");
        CliRun.Plain("search", "learning", "--offset", (total - 2).ToString(CultureInfo.InvariantCulture), "--limit", "5").Error
            .ShouldBe($"Showing {total - 1}-{total} of {total} matches.\n");
        CliRun.Plain("search", "learning", "--offset", "100000").Error.ShouldContain($"No match after the first 100000: there are {total} matches.");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public void Every_format_round_trips_the_page_the_table_shows(string format)
    {
        string[] query = ["search", "learning", "--since", "2023", "--offset", "3", "--limit", "9"];
        var table = CliRun.Plain(query).Column("Id");

        var run = CliRun.Plain([.. query, "--format", format]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldBeEmpty();
        var ids = format switch
        {
            "json" => JsonSerializer.Deserialize(run.Out, PaperJsonContext.Default.ImmutableArrayPaper).Select(Exported).ToList(),
            "jsonl" => run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => Exported(JsonSerializer.Deserialize(line, PaperJsonContext.Default.Paper)!))
                .ToList(),
            _ => Rfc4180.Parse(run.Out).Skip(1).Select(Exported).ToList(),
        };
        table.Count.ShouldBe(9);
        ids.ShouldBe(table);
    }

    /// <summary>The id of a paper read back, after checking it is the catalogue's paper field for field.</summary>
    private static string Exported(Paper paper)
    {
        paper.ShouldBe(Papers.Get(paper.Id));
        return paper.Id.Value;
    }

    private static string Exported(System.Collections.Generic.IReadOnlyList<string> record)
    {
        record.ShouldBe(CsvExporter.Fields(Papers.Get(new PaperId(record[0]))));
        return record[0];
    }

    [Fact]
    public void Rich_mode_does_not_change_a_format()
    {
        CliRun.Rich("search", "learning", "-f", "csv").Out.ShouldBe(CliRun.Plain("search", "learning", "-f", "csv").Out);
    }
}
