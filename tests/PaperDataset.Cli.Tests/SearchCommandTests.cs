using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests;

public sealed class SearchCommandTests
{
    private static readonly DateOnly Jan2023 = new(2023, 1, 1);
    private static readonly DateOnly EndJune2024 = new(2024, 6, 30);

    // Each case: the command line after "search", and an oracle written independently of the CLI.
    private static readonly Dictionary<string, (string[] Args, Func<Paper, bool> Oracle)> Cases = new()
    {
        ["one word anywhere"] = (["learning"], p => InEither(p, "learning")),
        ["case does not matter"] = (["LeArNiNg"], p => InEither(p, "learning")),
        ["two words, both required"] = (["continual", "learning"], p => InEither(p, "continual") && InEither(p, "learning")),
        ["a phrase as one shell argument"] = (["neural network"], p => InEither(p, "neural network")),
        ["a quoted phrase and a word"] = (["\"neural network\" deep"], p => InEither(p, "neural network") && InEither(p, "deep")),
        ["a hyphenated word is a phrase"] = (["multi-task"], p => InEither(p, "multi task")),
        ["whole words only"] = (["transformer"], p => InEither(p, "transformer")),
        ["prefix with a star"] = (["transform*"], p => InEither(p, "transform*")),
        ["title only"] = (["learning", "--in", "title"], p => Oracle.HasAll(p.Title, "learning")),
        ["abstract only"] = (["learning", "--in", "abstract"], p => Oracle.HasAll(p.Abstract, "learning")),
        ["text and a date range"] = (["gradient", "--since", "2023", "--until", "2024-06"], p => InEither(p, "gradient") && p.PublishedOn >= Jan2023 && p.PublishedOn <= EndJune2024),
        ["a day as the lower bound"] = (["--since", "2024-02-21"], p => p.PublishedOn >= new DateOnly(2024, 2, 21)),
        ["a month as the upper bound"] = (["--until", "2022-03"], p => p.PublishedOn <= new DateOnly(2022, 3, 31)),
        ["comments and dates"] = (["--min-comments", "1", "--since", "2024"], p => p.CommentCount >= 1 && p.PublishedOn >= new DateOnly(2024, 1, 1)),
        ["zero comments still needs a meta block"] = (["--min-comments", "0"], p => p.CommentCount is not null),
        ["organisation in any case"] = (["--org", "pearls-lab"], p => p.Organization?.Handle == "PEARLS-Lab"),
        ["everything at once"] = (["learning", "--in", "abstract", "--since", "2021", "--min-comments", "0", "--until", "2025-12-31"], p => Oracle.HasAll(p.Abstract, "learning") && p.PublishedOn >= new DateOnly(2021, 1, 1) && p.PublishedOn <= new DateOnly(2025, 12, 31) && p.CommentCount >= 0),
        ["nothing matches"] = (["zebra", "quokka"], p => false),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Matches_equal_the_oracle(string caseName)
    {
        var (args, oracle) = Cases[caseName];

        var run = CliRun.Plain(["search", .. args, "--limit", "0", "--sort", "id"]);

        run.ExitCode.ShouldBe(0, run.Error);
        Ids(run).ShouldBe(Oracle.Ids(Papers.All.Where(oracle)));
    }

    [Fact]
    public void The_cases_are_not_vacuous()
    {
        foreach (var (name, (_, oracle)) in Cases.Where(c => c.Key != "nothing matches"))
        {
            Papers.All.Count(oracle).ShouldBeGreaterThan(0, name);
            Papers.All.Count(oracle).ShouldBeLessThan(Papers.Count, name);
        }
    }

    [Fact]
    public void Whole_words_do_not_match_inside_longer_words()
    {
        var learn = Ids(CliRun.Plain("search", "learn", "--limit", "0"));
        var learnPrefix = Ids(CliRun.Plain("search", "learn*", "--limit", "0"));

        learnPrefix.Count.ShouldBeGreaterThan(learn.Count);
        learn.ShouldBeSubsetOf(learnPrefix);
        Papers.All.Where(p => learn.Contains(p.Id.Value)).ShouldAllBe(p => InEither(p, "learn"));
    }

    [Fact]
    public void Filters_combine_as_the_intersection_of_each_alone()
    {
        string[][] filters = [["learning", "--in", "title"], ["--since", "2023"], ["--until", "2025-06"], ["--min-comments", "0"]];
        var alone = filters.Select(f => Ids(CliRun.Plain(["search", .. f, "--limit", "0"]))).ToList();

        var together = Ids(CliRun.Plain(["search", .. filters.SelectMany(f => f), "--limit", "0", "--sort", "id"]));

        var expected = alone.Skip(1).Aggregate((IEnumerable<string>)alone[0], (acc, ids) => acc.Intersect(ids));
        together.ShouldNotBeEmpty();
        together.ShouldBe(expected.Order(StringComparer.Ordinal).ToList());
        alone.ShouldAllBe(ids => ids.Count > together.Count);
    }

    [Fact]
    public void A_phrase_needs_its_words_together()
    {
        var phrase = Ids(CliRun.Plain("search", "\"gradient descent\"", "--limit", "0")).ToHashSet();
        var words = Ids(CliRun.Plain("search", "gradient", "descent", "--limit", "0")).ToHashSet();

        phrase.ShouldNotBeEmpty();
        phrase.IsSubsetOf(words).ShouldBeTrue();
    }

    [Fact]
    public void Text_is_ranked_by_relevance_by_default_with_scores_and_twenty_to_a_page()
    {
        var run = CliRun.Plain("search", "learning");

        var scores = run.Column("Score").Select(Number).ToList();
        scores.Count.ShouldBe(20);
        scores.ShouldBe(scores.OrderByDescending(s => s).ToList());
        scores.ShouldAllBe(s => s > 0);
        run.Column("Id").ShouldBe(CliRun.Plain("search", "learning", "--sort", "relevance").Column("Id"));
        run.Error.ShouldContain("Showing 1-20 of");
    }

    [Fact]
    public void Without_text_the_newest_come_first_and_there_is_no_score()
    {
        var run = CliRun.Plain("search", "--since", "2020");

        var dates = run.Column("Date");
        dates.ShouldBe(dates.OrderByDescending(d => d, StringComparer.Ordinal).ToList());
        run.Out.Split('\n')[0].ShouldBe("Date\tComments\tTitle\tId");
    }

    [Fact]
    public void Sorts_by_date_newest_first_with_unknown_dates_last()
    {
        var dates = CliRun.Plain("search", "learning", "--sort", "date", "--limit", "0").Column("Date");

        dates.ShouldBe(dates.OrderByDescending(d => d.Length > 0).ThenByDescending(d => d, StringComparer.Ordinal).ToList());
        dates.ShouldContain(string.Empty);
    }

    [Fact]
    public void Sorts_by_comments_most_first()
    {
        var counts = CliRun.Plain("search", "--sort", "comments", "--limit", "0", "--min-comments", "0").Column("Comments")
            .Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();

        counts.ShouldBe(counts.OrderByDescending(c => c).ToList());
        counts[0].ShouldBe(Papers.All.Max(p => p.CommentCount ?? 0));
    }

    [Fact]
    public void Sorts_by_title_and_honours_the_limit()
    {
        var titles = CliRun.Plain("search", "--sort", "title", "-n", "7").Column("Title");

        titles.ShouldBe(Papers.All.Select(p => p.Title).Order(StringComparer.OrdinalIgnoreCase).Take(7));
    }

    [Fact]
    public void The_organisation_is_found_by_its_display_name_too()
    {
        var byHandle = CliRun.Plain("search", "--org", "pearls-lab").Column("Id");

        byHandle.ShouldNotBeEmpty();
        CliRun.Plain("search", "--org", "PEARLS Lab").Column("Id").ShouldBe(byHandle);
    }

    [Fact]
    public void No_match_is_still_success_with_a_hint()
    {
        var run = CliRun.Plain("search", "zebra");

        run.ExitCode.ShouldBe(0);
        run.Column("Id").ShouldBeEmpty();
        run.Error.ShouldContain("No paper matches");
    }

    private static bool InEither(Paper paper, string phrase) =>
        Oracle.HasAll(paper.Title, phrase) || Oracle.HasAll(paper.Abstract, phrase);

    private static List<string> Ids(CliRun run) => run.Column("Id").ToList();

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
