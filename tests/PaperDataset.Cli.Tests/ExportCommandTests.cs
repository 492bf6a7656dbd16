using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PaperDataset.Cli.Export;
using PaperDataset.Json;
using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests;

public sealed class ExportCommandTests
{
    [Fact]
    public void Json_lines_parse_back_to_exactly_the_catalogue()
    {
        var run = CliRun.Plain("export", "--format", "jsonl");

        run.ExitCode.ShouldBe(0, run.Error);
        var papers = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize(line, PaperJsonContext.Default.Paper)!)
            .ToList();
        papers.Count.ShouldBe(Papers.Count);
        papers.SequenceEqual(Papers.All).ShouldBeTrue();
    }

    [Fact]
    public void Json_parses_back_to_exactly_the_catalogue()
    {
        var run = CliRun.Plain("export", "-f", "json");

        var papers = JsonSerializer.Deserialize(run.Out, PaperJsonContext.Default.ImmutableArrayPaper);
        papers.SequenceEqual(Papers.All).ShouldBeTrue();
    }

    [Fact]
    public void Rich_mode_does_not_change_the_export()
    {
        CliRun.Rich("export", "-f", "jsonl").Out.ShouldBe(CliRun.Plain("export", "-f", "jsonl").Out);
    }

    [Fact]
    public void Csv_parses_back_to_the_same_ids_and_titles()
    {
        var run = CliRun.Plain("export", "--format", "csv");

        var records = Rfc4180.Parse(run.Out);
        records[0].ShouldBe(CsvExporter.Header);
        var rows = records.Skip(1).ToList();
        rows.Select(r => (r[0], r[1])).ShouldBe(Papers.All.Select(p => (p.Id.Value, p.Title)));
        rows.ShouldAllBe(r => r.Count == CsvExporter.Header.Count);
        rows.Select(r => r[8]).ShouldBe(Papers.All.Select(p => p.Abstract));
        Papers.All.ShouldContain(p => p.Title.Contains(','), "the data has titles with commas, which must survive");
    }

    [Fact]
    public void Csv_quotes_commas_quotes_and_line_breaks()
    {
        var paper = new Paper
        {
            Id = new PaperId("tricky"),
            Title = "Commas, \"Quotes\" and\r\nLine breaks",
            Abstract = "Line one\nline \"two\", end",
            PublishedOn = new DateOnly(2024, 2, 29),
            Organization = new PaperOrganization("Org,Inc", "Org \"Inc\""),
            CommentCount = 0,
            Sources = [new PaperSource("f.txt", 3, null)],
        };
        using var writer = new StringWriter();

        CsvExporter.Write(writer, [paper, Papers.All[0]]);

        writer.ToString().ShouldContain("\"Commas, \"\"Quotes\"\" and\r\nLine breaks\"");
        var records = Rfc4180.Parse(writer.ToString());
        records.Count.ShouldBe(3);
        records[1].ShouldBe(CsvExporter.Fields(paper));
        records[1][1].ShouldBe(paper.Title);
        records[1][2].ShouldBe("2024-02-29");
        records[1][3].ShouldBe(string.Empty);
        records[1][4].ShouldBe("Org,Inc");
        records[1][5].ShouldBe("Org \"Inc\"");
        records[1][8].ShouldBe(paper.Abstract);
        records[2][0].ShouldBe(Papers.All[0].Id.Value);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("cr\rlf\n", "\"cr\rlf\n\"")]
    [InlineData("", "")]
    public void Escapes_fields_per_rfc_4180(string field, string expected)
    {
        CsvExporter.Escape(field).ShouldBe(expected);
    }

    [Fact]
    public void Filters_select_the_same_papers_as_search()
    {
        string[] filters = ["learning", "--since", "2023", "--min-comments", "0"];
        var searched = CliRun.Plain(["search", .. filters, "--limit", "0", "--sort", "id"]).Column("Id");

        var exported = CliRun.Plain(["export", "-f", "jsonl", .. filters]).Out
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize(line, PaperJsonContext.Default.Paper)!)
            .ToList();

        searched.ShouldNotBeEmpty();
        exported.Select(p => p.Id.Value).ShouldBe(searched);
        exported.ShouldAllBe(p => Papers.Get(p.Id) == p);
    }

    [Fact]
    public void Sort_and_limit_apply_to_export()
    {
        var exported = CliRun.Plain("export", "-f", "csv", "--sort", "comments", "--limit", "3").Out;

        Rfc4180.Parse(exported).Skip(1).Select(r => r[0]).ShouldBe(
            Papers.All.OrderByDescending(p => p.CommentCount ?? -1).ThenByDescending(p => p.PublishedOn).ThenBy(p => p.Id).Take(3).Select(p => p.Id.Value));
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("json")]
    [InlineData("csv")]
    public void Writes_to_a_file_with_output(string format)
    {
        var path = Path.Combine(Path.GetTempPath(), $"papers-export-{Guid.NewGuid():N}.{format}");
        try
        {
            var run = CliRun.Plain("export", "--format", format, "-o", path);

            run.ExitCode.ShouldBe(0, run.Error);
            run.Out.ShouldBeEmpty();
            run.Error.ShouldContain($"Wrote {Papers.Count} papers to {path}");
            var text = File.ReadAllText(path);
            var toStdout = CliRun.Plain("export", "--format", format).Out;
            text.TrimEnd('\n').ShouldBe(toStdout.TrimEnd('\n'));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unwritable_file_is_an_error()
    {
        var run = CliRun.Plain("export", "-f", "csv", "-o", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "missing-dir", "x.csv"));

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("cannot write");
    }

    [Fact]
    public void The_text_writer_stream_keeps_characters_split_across_writes()
    {
        using var writer = new StringWriter();
        using var stream = new TextWriterStream(writer);
        var bytes = System.Text.Encoding.UTF8.GetBytes("é—😀");

        foreach (var b in bytes)
        {
            stream.Write([b]);
        }

        writer.ToString().ShouldBe("é—😀");
    }
}
