using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using PaperDataset.Json;
using Shouldly;
using Xunit;

namespace PaperDataset.Package.Tests;

/// <summary>Export with Papers.WriteJson / WriteJsonLines, read back with the same source-generated context, compare by record equality.</summary>
public sealed class JsonRoundTripTests
{
    [Fact]
    public void JSON_Lines_read_back_equal_to_the_catalogue()
    {
        using var stream = new MemoryStream();
        Papers.WriteJsonLines(stream);
        stream.CanWrite.ShouldBeTrue("the stream is left open");
        var text = Encoding.UTF8.GetString(stream.ToArray());
        text.ShouldEndWith("\n");
        text.ShouldNotContain('\r');
        var lines = text.Split('\n');
        lines[^1].ShouldBeEmpty();
        var papers = lines[..^1].Select(line => JsonSerializer.Deserialize(line, PaperJsonContext.Default.Paper)!).ToList();

        papers.Count.ShouldBe(Papers.Count);
        papers.ShouldBe(Papers.All);
        papers.Zip(Papers.All).ShouldAllBe(pair => !ReferenceEquals(pair.First, pair.Second) && pair.First.GetHashCode() == pair.Second.GetHashCode());
    }

    [Fact]
    public void A_JSON_array_reads_back_equal_to_the_catalogue()
    {
        using var stream = new MemoryStream();
        Papers.WriteJson(stream);
        stream.Position = 0;
        var papers = JsonSerializer.Deserialize(stream, PaperJsonContext.Default.ImmutableArrayPaper);

        papers.Length.ShouldBe(Papers.Count);
        papers.ShouldBe(Papers.All);
    }

    [Fact]
    public void A_selection_round_trips_too()
    {
        var sample = Papers.Sample(7, 2024);
        using var array = new MemoryStream();
        Papers.WriteJson(array, sample);
        JsonSerializer.Deserialize(array.ToArray(), PaperJsonContext.Default.ImmutableArrayPaper).ShouldBe(sample);

        using var lines = new MemoryStream();
        Papers.WriteJsonLines(lines, sample);
        Encoding.UTF8.GetString(lines.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize(line, PaperJsonContext.Default.Paper)!)
            .ShouldBe(sample);
    }

    [Fact]
    public void The_JSON_uses_camelCase_ISO_dates_and_string_ids()
    {
        var paper = Papers.All.First(p => p.PublishedOn is not null && p.Sources.Length > 0);
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(paper, PaperJsonContext.Default.Paper));
        var root = document.RootElement;
        root.GetProperty("id").GetString().ShouldBe(paper.Id.Value);
        root.GetProperty("title").GetString().ShouldBe(paper.Title);
        root.GetProperty("publishedOn").GetString().ShouldBe(paper.PublishedOn!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        root.GetProperty("sources")[0].GetProperty("fileName").GetString().ShouldBe(paper.Sources[0].FileName);
    }

    [Fact]
    public void An_empty_selection_is_an_empty_array_and_no_lines()
    {
        using var array = new MemoryStream();
        Papers.WriteJson(array, ImmutableArray<Paper>.Empty);
        Encoding.UTF8.GetString(array.ToArray()).ShouldBe("[]");

        using var lines = new MemoryStream();
        Papers.WriteJsonLines(lines, []);
        lines.Length.ShouldBe(0);
    }
}
