using System;
using System.Linq;
using PaperDataset.Cli.Query;
using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests;

public sealed class QueryTests
{
    [Theory]
    [InlineData("neural networks", "neural|networks")]
    [InlineData("\"neural networks\" pruning", "\"neural networks\"|pruning")]
    [InlineData("Multi-Task learn*", "\"multi task\"|learn*")]
    [InlineData("\"unterminated phrase", "\"unterminated phrase\"")]
    [InlineData("  \"\"  ,  ", "")]
    [InlineData("What's", "\"what s\"")]
    public void Parses_words_and_phrases(string text, string expected)
    {
        string.Join('|', SearchExpression.Parse(text).Terms).ShouldBe(expected);
    }

    [Fact]
    public void Joins_shell_arguments_keeping_spaced_ones_as_phrases()
    {
        SearchExpression.JoinTokens(["neural network", "pruning"]).ShouldBe("\"neural network\" pruning");
        SearchExpression.JoinTokens(["\"neural network\" x"]).ShouldBe("\"neural network\" x");
    }

    [Theory]
    [InlineData("Deep neural networks, pruned.", "neural networks", true)]
    [InlineData("Deep neural networks, pruned.", "NEURAL", true)]
    [InlineData("Deep neural networks, pruned.", "network", false)]
    [InlineData("Deep neural networks, pruned.", "network*", true)]
    [InlineData("Deep neural networks, pruned.", "\"deep networks\"", false)]
    [InlineData("Deep neural networks, pruned.", "deep \"neural networks\" pruned", true)]
    [InlineData("Deep neural networks, pruned.", "deep zebra", false)]
    [InlineData("multi-task learning", "\"multi task\"", true)]
    [InlineData("multitask learning", "multi-task", false)]
    public void Matches_whole_words_and_phrases(string text, string query, bool expected)
    {
        SearchExpression.Parse(query).Matches([Query.WordTokenizer.Words(text)]).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("2024-02-21", "2024-02-21", "2024-02-21")]
    public void Parses_date_bounds(string text, string first, string last)
    {
        DateBound.TryParse(text, out var bound).ShouldBeTrue();
        bound.First.ShouldBe(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture));
        bound.Last.ShouldBe(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("24")]
    [InlineData("2024-2")]
    [InlineData("2024-13")]
    [InlineData("2024-02-30")]
    [InlineData("2024/02/01")]
    [InlineData("2024-02-01-01")]
    [InlineData("next year")]
    public void Rejects_malformed_dates(string text)
    {
        DateBound.TryParse(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void Unknown_dates_and_counts_never_pass_a_filter()
    {
        var unknown = Papers.All.First(p => p.PublishedOn is null && p.CommentCount is null);

        new PaperQuery { Since = DateOnly.MinValue }.Matches(unknown).ShouldBeFalse();
        new PaperQuery { Until = DateOnly.MaxValue }.Matches(unknown).ShouldBeFalse();
        new PaperQuery { MinComments = 0 }.Matches(unknown).ShouldBeFalse();
        new PaperQuery().Matches(unknown).ShouldBeTrue();
    }

    [Fact]
    public void An_empty_query_returns_the_catalogue_in_order()
    {
        var all = new PaperQuery().Run(Papers.All, TestContext.Current.CancellationToken);

        all.Select(h => h.Paper).ShouldBe(Papers.All);
        all.ShouldAllBe(h => h.Score == 0);
        new PaperQuery { Limit = 5 }.Page(all).Select(h => h.Paper).ShouldBe(Papers.All.Take(5));
        new PaperQuery { Offset = 5, Limit = 5 }.Page(all).Select(h => h.Paper).ShouldBe(Papers.All.Skip(5).Take(5));
        new PaperQuery { Offset = Papers.Count }.Page(all).ShouldBeEmpty();
    }
}
