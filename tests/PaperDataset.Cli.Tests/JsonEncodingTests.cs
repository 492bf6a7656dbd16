using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PaperDataset.Json;
using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests;

/// <summary>JSON writes non-ASCII text and HTML-sensitive characters as themselves, and stays valid.</summary>
public sealed class JsonEncodingTests
{
    private static readonly PaperOrganization Ens = new("ÉNS", "École normale");

    private static readonly Paper Tricky = TestCatalogue.Paper("Poincaré's <b>Ball</b> & \"Friends\"", "Line one\nline\ttwo \\ 日本語 😀 \u0001 \u2028 end") with { Organization = Ens };

    [Fact]
    public void The_library_writers_keep_text_readable_and_round_trip()
    {
        using var array = new MemoryStream();
        Papers.WriteJson(array, [Tricky]);
        using var lines = new MemoryStream();
        Papers.WriteJsonLines(lines, [Tricky, Tricky]);

        var json = Encoding.UTF8.GetString(array.ToArray());
        json.ShouldContain("Poincaré's <b>Ball</b> & \\\"Friends\\\"");
        json.ShouldContain("日本語");
        json.ShouldContain("\\uD83D\\uDE00", Case.Sensitive, "System.Text.Json escapes characters outside the BMP whatever the encoder");
        json.ShouldContain("École");
        json.ShouldContain("\\n");
        json.ShouldContain("\\t");
        json.ShouldContain("\\\\");
        json.ShouldContain("\\u0001");
        JsonSerializer.Deserialize(json, PaperJsonContext.Default.ImmutableArrayPaper).ShouldBe([Tricky]);

        var records = Encoding.UTF8.GetString(lines.ToArray()).Split('\n');
        records.Length.ShouldBe(3, "two records, each one line, and a final newline");
        records[..2].Select(r => JsonSerializer.Deserialize(r, PaperJsonContext.Default.Paper)).ShouldBe([Tricky, Tricky]);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    public void The_cli_writes_the_bundled_accents_and_apostrophes_as_themselves(string format)
    {
        var poincare = Papers.All.Single(p => p.Title == "Poincaré ResNet");
        var apostrophe = Papers.All.First(p => p.Title.Contains('\''));

        var run = CliRun.Plain("export", "-f", format);

        run.Out.ShouldContain("\"title\":\"Poincaré ResNet\"");
        run.Out.ShouldContain(JsonText(apostrophe.Title));
        run.Out.ShouldNotContain("\\u00E9");
        run.Out.ShouldNotContain("\\u0027");
        var papers = format == "json"
            ? JsonSerializer.Deserialize(run.Out, PaperJsonContext.Default.ImmutableArrayPaper).ToList()
            : run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonSerializer.Deserialize(l, PaperJsonContext.Default.Paper)!).ToList();
        papers.ShouldContain(poincare);
        papers.SequenceEqual(Papers.All).ShouldBeTrue();
    }

    private static string JsonText(string title) => "\"title\":\"" + title.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
