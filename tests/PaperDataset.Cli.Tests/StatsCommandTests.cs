using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PaperDataset.Cli.Catalogue;
using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests;

public sealed class StatsCommandTests
{
    private static readonly CliRun Stats = CliRun.Plain("stats");

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Succeeds_with_nothing_on_stderr()
    {
        Stats.ExitCode.ShouldBe(0);
        Stats.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Totals_equal_the_catalogue()
    {
        var all = Papers.All;
        var dates = all.Where(p => p.PublishedOn is not null).Select(p => p.PublishedOn!.Value).ToList();

        Stats.Field("Papers").ShouldBe(N(Papers.Count));
        Stats.Field("Source files").ShouldBe(N(all.SelectMany(p => p.Sources).Select(s => s.FileName).Distinct().Count()));
        Stats.Field("Published from").ShouldBe(dates.Min().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Stats.Field("Published to").ShouldBe(dates.Max().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Stats.Field("With date").ShouldBe(N(dates.Count));
        Stats.Field("Without date").ShouldBe(N(all.Count(p => p.PublishedOn is null)));
        Stats.Field("With meta").ShouldBe(N(all.Count(p => p.CommentCount is not null)));
        Stats.Field("Without meta").ShouldBe(N(all.Count(p => p.CommentCount is null)));
        Stats.Field("Organisations").ShouldBe(N(all.Where(p => p.Organization is not null).Select(p => p.Organization!.Handle).Distinct().Count()));
        Stats.Field("Papers from an organisation").ShouldBe(N(all.Count(p => p.Organization is not null)));
        Stats.Field("Seen in more than one file").ShouldBe(N(all.Count(p => p.Sources.Length > 1)));
        Stats.Field("Comments").ShouldBe(N(all.Sum(p => p.CommentCount ?? 0)));
    }

    [Fact]
    public void A_paper_has_meta_exactly_when_some_capture_showed_a_meta_block()
    {
        // "With meta" counts known comment counts; the catalogue's other meta fields agree with that.
        foreach (var paper in Papers.All.Where(p => p.CommentCount is null))
        {
            paper.AuthorCount.ShouldBeNull();
            paper.Organization.ShouldBeNull();
        }
    }

    [Fact]
    public void Papers_per_year_equal_the_catalogue_with_gaps_as_zero()
    {
        var byYear = Papers.All.Where(p => p.PublishedOn is not null)
            .GroupBy(p => p.PublishedOn!.Value.Year)
            .ToDictionary(g => N(g.Key), g => N(g.Count()));
        var rows = Stats.TableAfter("Year\tPapers");

        var years = rows.Where(r => r[0] != "unknown").ToList();
        years.Select(r => int.Parse(r[0], CultureInfo.InvariantCulture)).ShouldBe(
            Enumerable.Range(byYear.Keys.Select(int.Parse).Min(), byYear.Keys.Select(int.Parse).Max() - byYear.Keys.Select(int.Parse).Min() + 1));
        foreach (var row in years)
        {
            row[1].ShouldBe(byYear.GetValueOrDefault(row[0], "0"), $"year {row[0]}");
        }

        rows.Single(r => r[0] == "unknown")[1].ShouldBe(N(Papers.All.Count(p => p.PublishedOn is null)));
    }

    [Fact]
    public void Most_discussed_are_the_top_ten_by_comment_count()
    {
        var expected = Papers.All.Where(p => p.CommentCount > 0)
            .OrderByDescending(p => p.CommentCount).ThenByDescending(p => p.PublishedOn).ThenBy(p => p.Id.Value, StringComparer.Ordinal)
            .Take(10)
            .Select(p => new[] { N(p.CommentCount!.Value), p.Id.Value })
            .ToList();

        var rows = Stats.TableAfter("Comments\tDate\tTitle\tId");

        rows.Select(r => new[] { r[0], r[3] }).ShouldBe(expected);
        rows.Count.ShouldBe(Math.Min(10, Papers.All.Count(p => p.CommentCount > 0)));
    }

    [Fact]
    public void Per_file_counts_equal_the_catalogue()
    {
        var expected = Papers.All.SelectMany(p => p.Sources.Select(s => (Paper: p, Source: s)))
            .GroupBy(x => x.Source.FileName)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new[]
            {
                g.Key,
                g.First().Source.CapturedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                N(g.Select(x => x.Paper.Id).Distinct().Count()),
                N(g.Count()),
            })
            .ToList();

        Stats.TableAfter("File\tCaptured\tPapers\tEntries").ShouldBe(expected);
        expected.Sum(r => int.Parse(r[3], CultureInfo.InvariantCulture)).ShouldBe(Papers.All.Sum(p => p.Sources.Length));
    }

    [Fact]
    public void Compute_matches_the_printed_numbers()
    {
        var stats = CatalogueStats.Compute(Papers.All);

        stats.Papers.ShouldBe(Papers.Count);
        stats.PerYear.Sum(y => y.Value).ShouldBe(stats.WithDate);
        stats.WithDate.ShouldBe(Papers.All.Count(p => p.PublishedOn is not null));
        stats.Files.Count.ShouldBe(stats.SourceFiles);
    }

    [Fact]
    public void Rich_output_draws_a_bar_chart_and_tables()
    {
        var rich = CliRun.Rich("stats");

        rich.ExitCode.ShouldBe(0);
        rich.Out.ShouldContain("Papers per year");
        rich.Out.ShouldContain("█");
        rich.Out.ShouldContain("╭");
        rich.Out.ShouldContain(N(Papers.Count));
    }

    [Fact]
    public void Plain_output_has_no_colour_or_box_drawing()
    {
        Stats.Out.ShouldNotContain("\u001b");
        Stats.Out.ShouldNotContain("█");
        Stats.Out.ShouldNotContain("│");
        Stats.Out.ShouldNotContain("─");
    }

    [Fact]
    public void Plain_flag_forces_plain_output()
    {
        var run = CliRun.Rich("stats", "--plain");

        run.Out.ShouldBe(Stats.Out);
        CliRun.Rich("--plain", "stats").Out.ShouldBe(Stats.Out);
    }
}
