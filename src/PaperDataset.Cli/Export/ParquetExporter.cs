using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Parquet.Serialization;

namespace PaperDataset.Cli.Export;

/// <summary>
/// Apache Parquet, the format big-data engines read (DuckDB, Spark, pandas, the Hub's own <c>datasets</c>): one row per
/// paper, snake_case columns with real types: dates as DATE, counts as nullable INT32, authors and keywords as lists of
/// strings, sources as a list of structs. Written by Parquet.Net's class serializer.
/// </summary>
internal sealed class ParquetExporter : IPaperExporter
{
    public string Name => "parquet";

    public bool IsBinary => true;

    public string Description => "Apache Parquet, one row per paper, for DuckDB, Spark, pandas or the datasets library";

    public async Task WriteAsync(Stream stream, IReadOnlyList<Paper> papers, CancellationToken cancellationToken)
    {
        var rows = PaperExporters.UntilCancelled(papers, cancellationToken).Select(PaperRow.From).ToList();
        await ParquetSerializer.SerializeAsync(rows, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One paper as a Parquet row; the property names are the column names.</summary>
    internal sealed class PaperRow
    {
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        [JsonPropertyName("title")]
        public string Title { get; set; } = string.Empty;

        [JsonPropertyName("abstract")]
        public string Abstract { get; set; } = string.Empty;

        [JsonPropertyName("arxiv_id")]
        public string? ArxivId { get; set; }

        [JsonPropertyName("published_on")]
        public DateOnly? PublishedOn { get; set; }

        [JsonPropertyName("submitted_on")]
        public DateOnly? SubmittedOn { get; set; }

        [JsonPropertyName("author_count")]
        public int? AuthorCount { get; set; }

        [JsonPropertyName("authors")]
        public List<string> Authors { get; set; } = [];

        [JsonPropertyName("organization_handle")]
        public string? OrganizationHandle { get; set; }

        [JsonPropertyName("organization_name")]
        public string? OrganizationName { get; set; }

        [JsonPropertyName("comment_count")]
        public int? CommentCount { get; set; }

        [JsonPropertyName("upvotes")]
        public int? Upvotes { get; set; }

        [JsonPropertyName("github_repository")]
        public string? GitHubRepository { get; set; }

        [JsonPropertyName("github_stars")]
        public int? GitHubStars { get; set; }

        [JsonPropertyName("project_page")]
        public string? ProjectPage { get; set; }

        [JsonPropertyName("keywords")]
        public List<string> Keywords { get; set; } = [];

        [JsonPropertyName("ai_summary")]
        public string? AiSummary { get; set; }

        [JsonPropertyName("sources")]
        public List<SourceRow> Sources { get; set; } = [];

        public static PaperRow From(Paper paper) => new()
        {
            Id = paper.Id.Value,
            Title = paper.Title,
            Abstract = paper.Abstract,
            ArxivId = paper.ArxivId,
            PublishedOn = paper.PublishedOn,
            SubmittedOn = paper.SubmittedOn,
            AuthorCount = paper.AuthorCount,
            Authors = paper.Authors.Select(author => author.Name).ToList(),
            OrganizationHandle = paper.Organization?.Handle,
            OrganizationName = paper.Organization?.Name,
            CommentCount = paper.CommentCount,
            Upvotes = paper.Upvotes,
            GitHubRepository = paper.GitHubRepository,
            GitHubStars = paper.GitHubStars,
            ProjectPage = paper.ProjectPage,
            Keywords = paper.Keywords.ToList(),
            AiSummary = paper.AiSummary,
            Sources = paper.Sources.Select(source => new SourceRow { File = source.FileName, Line = source.Line, CapturedOn = source.CapturedOn }).ToList(),
        };
    }

    /// <summary>One place a paper was seen.</summary>
    internal sealed class SourceRow
    {
        [JsonPropertyName("file")]
        public string File { get; set; } = string.Empty;

        [JsonPropertyName("line")]
        public int Line { get; set; }

        [JsonPropertyName("captured_on")]
        public DateOnly? CapturedOn { get; set; }
    }
}
