using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PaperDataset.Cli.Output;
using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests;

/// <summary>Rich output at 80 columns (Spectre's width when output is not a terminal, as in these tests).</summary>
public sealed class LayoutTests
{
    private const int Width = 80;

    public static TheoryData<string[]> PaperListings => new()
    {
        new[] { "search", "learning", "--limit", "0" },
        new[] { "search", "--sort", "title", "--limit", "0" },
        new[] { "stats" },
    };

    [Theory]
    [MemberData(nameof(PaperListings))]
    public void Ids_are_never_broken_and_titles_are_cut_instead(string[] args)
    {
        var plainIds = CliRun.Plain(args).Out.Split('\n')
            .Select(l => l.Split('\t'))
            .Where(cells => cells.Length >= 4)
            .SelectMany(cells => cells)
            .Where(cell => Papers.All.Any(p => p.Id.Value == cell))
            .Distinct()
            .ToList();
        var rich = CliRun.Rich(args);
        var lines = rich.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        rich.ExitCode.ShouldBe(0);
        plainIds.ShouldContain(id => id.Length > Width, "the data has ids longer than a terminal line; they must not break either");
        foreach (var id in plainIds)
        {
            lines.ShouldContain(l => l.Trim() == id, $"id {id} on a line of its own");
        }

        lines.Where(l => !plainIds.Contains(l.Trim())).ShouldAllBe(l => l.Length <= Width);
        lines.ShouldContain(l => l.EndsWith('…'), "long titles are cut with an ellipsis");
    }

    [Fact]
    public void A_cut_title_keeps_whole_characters_and_fits()
    {
        TextWidth.Truncate("Short", 10).ShouldBe("Short");
        TextWidth.Truncate("Poincaré ResNet for hyperbolic images", 12).ShouldBe("Poincaré Re…");
        TextWidth.Truncate("日本語のタイトル", 7).ShouldBe("日本語…");
    }

    [Theory]
    [InlineData(0, 100, 60, 0)]
    [InlineData(1, 100, 60, 1)]
    [InlineData(2, 100, 60, 1)]
    [InlineData(50, 100, 60, 30)]
    [InlineData(100, 100, 60, 60)]
    [InlineData(1, 1, 60, 60)]
    public void Bars_are_proportional_and_never_vanish_above_zero(int value, int max, int width, int length)
    {
        Bars.Length(value, max, width).ShouldBe(length);
    }

    [Fact]
    public void In_stats_a_year_with_one_or_two_papers_has_a_visible_bar()
    {
        var counts = CliRun.Plain("stats").TableAfter("Year\tPapers").ToDictionary(r => r[0], r => int.Parse(r[1], CultureInfo.InvariantCulture));
        var bars = CliRun.Rich("stats").Out.Split('\n')
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(cells => cells.Length > 0 && counts.ContainsKey(cells[0]) && cells[^1] == counts[cells[0]].ToString(CultureInfo.InvariantCulture))
            .ToDictionary(cells => cells[0], cells => cells.Length == 3 ? cells[1].Length : 0);

        bars.Keys.ShouldBe(counts.Keys, ignoreOrder: true);
        counts.ShouldContain(c => c.Value == 1 || c.Value == 2, "the data has such a year");
        counts.ShouldContain(c => c.Value == 0, "and a year with none");
        foreach (var (year, count) in counts)
        {
            (bars[year] > 0).ShouldBe(count > 0, year);
        }

        var byCount = counts.OrderBy(c => c.Value).Select(c => bars[c.Key]).ToList();
        byCount.ShouldBe(byCount.Order().ToList(), "longer bars for more papers");
    }
}
