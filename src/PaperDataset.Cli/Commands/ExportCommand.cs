using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using PaperDataset.Cli.Cli;
using PaperDataset.Cli.Export;

namespace PaperDataset.Cli.Commands;

/// <summary><c>papers export</c>: the catalogue, or the papers matching search filters, as JSON Lines, JSON or CSV.</summary>
internal static class ExportCommand
{
    public static readonly IReadOnlyList<string> Examples =
    [
        "papers export --format jsonl -o papers.jsonl",
        "papers export --format csv --since 2024 > papers-2024.csv",
        "papers export --format json diffusion --in title --sort comments",
    ];

    public static Command Create(CliContext context)
    {
        var format = Options.Choice(
            "--format",
            "jsonl (one JSON object per line), json (one array) or csv (RFC 4180, with a header row).",
            ["jsonl", "json", "csv"],
            defaultValue: null,
            "-f");
        format.Required = true;
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to FILE (created or replaced) instead of standard output.",
            HelpName = "FILE",
        };
        var query = new QueryOptions(defaultSort: "id", defaultLimit: null);
        var command = new Command("export", "Export the whole catalogue, or the papers matching the same text and filters as search.");
        command.Options.Add(format);
        command.Options.Add(output);
        query.AddTo(command);
        command.SetAction(parseResult =>
        {
            var exportFormat = parseResult.GetValue(format) switch
            {
                "json" => ExportFormat.Json,
                "csv" => ExportFormat.Csv,
                _ => ExportFormat.JsonLines,
            };
            var papers = query.Bind(parseResult).Apply(Papers.All);
            var path = parseResult.GetValue(output);
            if (string.IsNullOrEmpty(path) || path == "-")
            {
                Write(context.Out, exportFormat, papers);
            }
            else
            {
                WriteFile(path, exportFormat, papers);
                context.Error.WriteLine($"Wrote {Format.Count(papers.Count, "paper", "papers")} to {path}.");
            }

            return 0;
        });
        return command;
    }

    /// <summary>Writes papers to text output (standard output, or a test's writer).</summary>
    public static void Write(TextWriter writer, ExportFormat format, IReadOnlyList<Paper> papers)
    {
        switch (format)
        {
            case ExportFormat.Csv:
                CsvExport.Write(writer, papers);
                break;
            case ExportFormat.Json:
                using (var stream = new TextWriterStream(writer))
                {
                    Papers.WriteJson(stream, papers);
                }

                writer.WriteLine();
                break;
            default:
                using (var stream = new TextWriterStream(writer))
                {
                    Papers.WriteJsonLines(stream, papers);
                }

                break;
        }

        writer.Flush();
    }

    private static void WriteFile(string path, ExportFormat format, IReadOnlyList<Paper> papers)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
            switch (format)
            {
                case ExportFormat.Csv:
                    using (var writer = new StreamWriter(file, new UTF8Encoding(false)))
                    {
                        CsvExport.Write(writer, papers);
                    }

                    break;
                case ExportFormat.Json:
                    Papers.WriteJson(file, papers);
                    break;
                default:
                    Papers.WriteJsonLines(file, papers);
                    break;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write '{path}': {e.Message}");
        }
    }
}
