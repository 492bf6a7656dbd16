using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DuckDB.NET.Data;
using PaperDataset.Cli.Export;
using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests;

/// <summary>The Parquet export read back by a real engine, DuckDB, and compared with LINQ over the same catalogue.</summary>
public sealed class ParquetExportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("papers-parquet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void DuckDB_reads_the_bundled_catalogue_with_typed_columns_equal_to_LINQ()
    {
        var file = Export("papers.parquet");
        using var connection = Open();

        Columns(connection, file).ShouldBe(new Dictionary<string, string>
        {
            ["id"] = "VARCHAR", ["title"] = "VARCHAR", ["abstract"] = "VARCHAR", ["arxiv_id"] = "VARCHAR",
            ["published_on"] = "DATE", ["submitted_on"] = "DATE", ["author_count"] = "INTEGER", ["authors"] = "VARCHAR[]",
            ["organization_handle"] = "VARCHAR", ["organization_name"] = "VARCHAR", ["comment_count"] = "INTEGER",
            ["upvotes"] = "INTEGER", ["github_repository"] = "VARCHAR", ["github_stars"] = "INTEGER", ["project_page"] = "VARCHAR",
            ["keywords"] = "VARCHAR[]", ["ai_summary"] = "VARCHAR",
            ["sources"] = "STRUCT(file VARCHAR, line INTEGER, captured_on DATE)[]",
        });

        Scalar(connection, $"SELECT count(*) FROM '{file}'").ShouldBe((long)Papers.Count);
        Scalar(connection, $"SELECT count(*) FROM '{file}' WHERE published_on IS NULL").ShouldBe((long)Papers.All.Count(p => p.PublishedOn is null));
        Scalar(connection, $"SELECT sum(comment_count) FROM '{file}'").ShouldBe((decimal)Papers.All.Sum(p => p.CommentCount ?? 0));
        Scalar(connection, $"SELECT sum(len(sources)) FROM '{file}'").ShouldBe((decimal)Papers.All.Sum(p => p.Sources.Length));
        Scalar(connection, $"SELECT CAST(max(published_on) AS VARCHAR) FROM '{file}'").ShouldBe(Papers.All.Max(p => p.PublishedOn)!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        // A few rows field by field: the first, one with an organisation, one seen in several files.
        var samples = new[]
        {
            Papers.All[0],
            Papers.All.First(p => p.Organization is not null),
            Papers.All.First(p => p.Sources.Length > 1),
        };
        foreach (var paper in samples)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT title, abstract, published_on, author_count, organization_handle, comment_count, sources[1].file, sources[1].line, len(sources) FROM '{file}' WHERE id = $id";
            command.Parameters.Add(new DuckDBParameter("id", paper.Id.Value));
            using var reader = command.ExecuteReader();
            reader.Read().ShouldBeTrue(paper.Id.Value);
            reader.GetString(0).ShouldBe(paper.Title);
            reader.GetString(1).ShouldBe(paper.Abstract);
            (reader.IsDBNull(2) ? (DateOnly?)null : DateOnly.FromDateTime(reader.GetDateTime(2))).ShouldBe(paper.PublishedOn);
            (reader.IsDBNull(3) ? (int?)null : reader.GetInt32(3)).ShouldBe(paper.AuthorCount);
            (reader.IsDBNull(4) ? null : reader.GetString(4)).ShouldBe(paper.Organization?.Handle);
            (reader.IsDBNull(5) ? (int?)null : reader.GetInt32(5)).ShouldBe(paper.CommentCount);
            reader.GetString(6).ShouldBe(paper.Sources[0].FileName);
            reader.GetInt32(7).ShouldBe(paper.Sources[0].Line);
            Convert.ToInt64(reader.GetValue(8)).ShouldBe(paper.Sources.Length);
        }
    }

    [Fact]
    public void Hub_json_sources_export_authors_keywords_and_upvotes_as_typed_columns()
    {
        var file = Path.Combine(_folder, "hub.parquet");
        var run = CliRun.Plain(["export", .. SharedData.HubSources, "--format", "parquet", "-o", file]);
        run.ExitCode.ShouldBe(0, run.Error);
        var expected = CliRun.Plain(["export", .. SharedData.HubSources, "--format", "jsonl"]);
        var papers = expected.Lines.Select(line => System.Text.Json.JsonSerializer.Deserialize(line, PaperDataset.Json.PaperJsonContext.Default.Paper)!).ToList();
        using var connection = Open();

        Scalar(connection, $"SELECT count(*) FROM '{file}'").ShouldBe((long)papers.Count);
        Scalar(connection, $"SELECT count(*) FROM '{file}' WHERE arxiv_id IS NOT NULL").ShouldBe((long)papers.Count);
        Scalar(connection, $"SELECT sum(upvotes) FROM '{file}'").ShouldBe((decimal)papers.Sum(p => p.Upvotes ?? 0));
        Scalar(connection, $"SELECT sum(len(authors)) FROM '{file}'").ShouldBe((decimal)papers.Sum(p => p.Authors.Length));
        Scalar(connection, $"SELECT sum(len(keywords)) FROM '{file}'").ShouldBe((decimal)papers.Sum(p => p.Keywords.Length));

        var paper = papers.First(p => p.Keywords.Length > 0 && p.Authors.Length > 1);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT authors[2], keywords[1], upvotes, arxiv_id FROM '{file}' WHERE id = $id";
        command.Parameters.Add(new DuckDBParameter("id", paper.Id.Value));
        using var reader = command.ExecuteReader();
        reader.Read().ShouldBeTrue();
        reader.GetString(0).ShouldBe(paper.Authors[1].Name);
        reader.GetString(1).ShouldBe(paper.Keywords[0]);
        reader.GetInt32(2).ShouldBe(paper.Upvotes!.Value);
        reader.GetString(3).ShouldBe(paper.ArxivId);
    }

    [Fact]
    public void Parquet_to_standard_output_is_a_usage_error_not_binary_on_a_terminal()
    {
        var run = CliRun.Plain("export", "--format", "parquet");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("writes a binary file");
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Csv_headers_are_the_Parquet_column_names()
    {
        using var connection = Open();

        Columns(connection, Export("names.parquet")).Keys.ShouldBe(CsvExporter.Header, ignoreOrder: true);
    }

    private string Export(string name)
    {
        var file = Path.Combine(_folder, name);
        var run = CliRun.Plain("export", "--format", "parquet", "-o", file);
        run.ExitCode.ShouldBe(0, run.Error);
        return file;
    }

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static Dictionary<string, string> Columns(DuckDBConnection connection, string file)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"DESCRIBE SELECT * FROM '{file}'";
        using var reader = command.ExecuteReader();
        var columns = new Dictionary<string, string>();
        while (reader.Read())
        {
            columns.Add(reader.GetString(0), reader.GetString(1));
        }

        return columns;
    }

    private static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is System.Numerics.BigInteger big ? (decimal)big : value is DBNull ? null : value;
    }
}
