using System.Linq;
using PaperDataset.Analyzers;
using PaperDataset.Generator.Emitting;
using Shouldly;
using Xunit;

namespace PaperDataset.Analyzer.Tests;

/// <summary>The key attribute's text, as the generator writes it and the analyzer reads it back.</summary>
public sealed class CatalogueKeysFormatTests
{
    [Fact]
    public void Keys_round_trip_whatever_the_titles_hold()
    {
        CatalogueKey[] keys =
        [
            new("a-12-b", "A: 12 \"b\"\n3:4", "2403.12345", "A12B"),
            new("custom", "Custom\0 \uD800", null, "Custom_2"),
            new("no-handle", "No handle", null, null),
        ];

        var read = CatalogueKeysFormat.Read(CatalogueKeysFormat.Write("My.Data.Library", hasHandles: true, keys));

        read.ShouldNotBeNull();
        read.Value.CatalogueFullName.ShouldBe("My.Data.Library");
        read.Value.HasHandles.ShouldBeTrue();
        read.Value.Keys.ShouldBe(
        [
            // A handle that is the id's own is left out of the text and derived again on reading.
            new("a-12-b", "A: 12 \"b\"\n3:4", "2403.12345", null),
            new("custom", "Custom\0 \uD800", null, "Custom_2"),
            new("no-handle", "No handle", null, null),
        ]);
        read.Value.Keys.Select(CatalogueKeysFormat.HandleOf).ShouldBe(["A12B", "Custom_2", "NoHandle"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2:1")]
    [InlineData("1:11:A")]
    [InlineData("1:11:A1:12:id")]
    [InlineData("1:11:A1:12:id99:x0:0:")]
    public void Text_of_another_version_or_cut_short_is_not_read(string text) =>
        CatalogueKeysFormat.Read(text).ShouldBeNull();

    [Theory]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("2403.12345", "2403.12354", 1, 1)]
    [InlineData("abc", "abc", 0, 0)]
    [InlineData("abcdef", "abc", 2, 3)]
    [InlineData("attention-is-all-you-need", "atention-is-all-you-need", 1, 1)]
    [InlineData("attention-is-all-you-need", "language-models-are-few-shot", 8, 9)]
    public void Edit_distance_counts_edits_and_swaps_up_to_the_limit(string probe, string candidate, int limit, int expected) =>
        new EditDistance(probe).To(candidate, limit).ShouldBe(expected);
}
