using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace PaperDataset.Cli.Export;

/// <summary>
/// Writes papers as RFC 4180 CSV: a header row, CRLF after every record, and a field quoted (with its
/// quotes doubled) when it holds a comma, a quote, CR or LF. Unknown values are empty fields.
/// </summary>
/// <remarks>
/// The header names are the Parquet export's column names: both tabular exports are read by the same tools (DuckDB,
/// pandas, spreadsheets, the Hub's datasets), where snake_case is the convention, and a query should not change with
/// the format. JSON keeps the camelCase names of the catalogue's own JSON (PaperJsonContext), which reads back into
/// <see cref="Paper"/>.
/// </remarks>
internal sealed class CsvExporter : IPaperExporter
{
    public static readonly IReadOnlyList<string> Header =
    [
        "id", "title", "published_on", "author_count", "organization_handle", "organization_name",
        "comment_count", "sources", "abstract",
        "arxiv_id", "submitted_on", "authors", "upvotes", "github_repository", "github_stars", "project_page", "keywords", "ai_summary",
    ];

    private const string RecordEnd = "\r\n";

    public string Name => "csv";

    public string Description => "RFC 4180, a header row of snake_case names as in Parquet";

    public async Task WriteAsync(Stream stream, IReadOnlyList<Paper> papers, CancellationToken cancellationToken)
    {
        var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            Write(writer, PaperExporters.UntilCancelled(papers, cancellationToken));
        }
    }

    public static void Write(TextWriter writer, IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(papers);
        WriteRecord(writer, Header);
        foreach (var paper in papers)
        {
            WriteRecord(writer, Fields(paper));
        }
    }

    /// <summary>One paper's fields, in <see cref="Header"/> order.</summary>
    public static IReadOnlyList<string> Fields(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return
        [
            paper.Id.Value,
            paper.Title,
            paper.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            paper.AuthorCount?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            paper.Organization?.Handle ?? string.Empty,
            paper.Organization?.Name ?? string.Empty,
            paper.CommentCount?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            string.Join("; ", paper.Sources.Select(s => s.FileName + ":" + s.Line.ToString(CultureInfo.InvariantCulture))),
            paper.Abstract,
            paper.ArxivId ?? string.Empty,
            paper.SubmittedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            string.Join("; ", paper.Authors.Select(author => author.Name)),
            paper.Upvotes?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            paper.GitHubRepository ?? string.Empty,
            paper.GitHubStars?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            paper.ProjectPage ?? string.Empty,
            string.Join("; ", paper.Keywords),
            paper.AiSummary ?? string.Empty,
        ];
    }

    /// <summary>A field as RFC 4180 writes it.</summary>
    public static string Escape(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? field
            : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void WriteRecord(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Escape(fields[i]));
        }

        writer.Write(RecordEnd);
    }
}
