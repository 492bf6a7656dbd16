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
        read.CatalogueFullName.ShouldBe("My.Data.Library");
        read.HasHandles.ShouldBeTrue();
        Enumerable.Range(0, read.Count).Select(paper => read[paper]).ShouldBe(
        [
            // A handle that is the id's own is left out of the text and derived again on reading.
            new("a-12-b", "A: 12 \"b\"\n3:4", "2403.12345", null),
            new("custom", "Custom\0 \uD800", null, "Custom_2"),
            new("no-handle", "No handle", null, null),
        ]);
        Enumerable.Range(0, read.Count).Select(read.HandleOf).ShouldBe(["A12B", "Custom_2", "NoHandle"]);
        Enumerable.Range(0, read.Count).Select(read.TitleHash).ShouldBe(keys.Select(key => PaperTitleComparer.Instance.GetHashCode(key.Title)));
    }

    [Fact]
    public void Keys_are_written_in_ordinal_order_of_their_ids_for_the_reader_to_binary_search()
    {
        CatalogueKey[] keys = [new("b", "B", null, null), new("a-b", "A", null, null), new("B", "Capital", null, null), new("a", "A0", null, null)];

        var read = CatalogueKeysFormat.Read(CatalogueKeysFormat.Write("Papers", hasHandles: false, keys));

        read.ShouldNotBeNull();
        Enumerable.Range(0, read.Count).Select(paper => read.Field(paper, KeyField.Id)).ShouldBe(["B", "a", "a-b", "b"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2:1")]
    [InlineData("1:11:A1:0")]
    [InlineData("1:21:A")]
    [InlineData("1:21:A1:12:id")]
    [InlineData("1:21:A1:12:id99:x8:000000000:0:")]
    [InlineData("1:21:A1:01:a1:t2:ab0:0:")]
    [InlineData("1:21:A1:01:b1:t8:000000000:0:1:a1:t8:000000000:0:")]
    [InlineData("1:21:A1:01:a1:t8:000000000:0:1:a1:u8:000000000:0:")]
    public void Text_of_another_version_cut_short_without_title_hashes_or_with_ids_out_of_order_is_not_read(string text) =>
        CatalogueKeysFormat.Read(text).ShouldBeNull();

    [Theory]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("2403.12345", "2403.12354", 1, 1)]
    [InlineData("abc", "abc", 0, 0)]
    [InlineData("abcdef", "abc", 2, 3)]
    [InlineData("attention-is-all-you-need", "atention-is-all-you-need", 1, 1)]
    [InlineData("attention-is-all-you-need", "language-models-are-few-shot", 8, 9)]
    public void Edit_distance_to_a_range_of_a_string_counts_edits_and_swaps_up_to_the_limit(string probe, string candidate, int limit, int expected) =>
        new EditDistance(probe).To("<" + candidate + ">", 1, candidate.Length, limit).ShouldBe(expected);
}
