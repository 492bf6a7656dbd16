using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PaperDataset.Cli.Cli;
using PaperDataset.Cli.Export;
using PaperDataset.Cli.Query;

namespace PaperDataset.Cli.Commands;

/// <summary><c>papers export</c>: the catalogue, or the papers matching search filters, in one of the <see cref="PaperExporters"/> formats.</summary>
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
        var format = Options.Choice("--format", PaperExporters.Describe(PaperExporters.All) + ".", [.. PaperExporters.Names], defaultValue: null, "-f");
        format.Required = true;
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to FILE (created or replaced) instead of standard output.",
            HelpName = "FILE",
        };
        var query = new QueryOptions(sortWithoutText: PaperSort.Id, sortWithText: PaperSort.Id, defaultLimit: null);
        var command = new Command("export", "Export the whole catalogue, or the papers matching the same text and filters as search.");
        command.Options.Add(format);
        command.Options.Add(output);
        query.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var exporter = PaperExporters.Find(parseResult.GetValue(format))!;
            var catalogue = await context.LoadAsync(parseResult, cancellationToken).ConfigureAwait(false);
            var paperQuery = query.Bind(parseResult, catalogue.Papers);
            var papers = paperQuery.Page(paperQuery.Run(catalogue.Papers, cancellationToken)).Select(h => h.Paper).ToList();
            var path = parseResult.GetValue(output);
            if (string.IsNullOrEmpty(path) || path == "-")
            {
                await WriteAsync(context.Out, exporter, papers, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await WriteFileAsync(path, exporter, papers, cancellationToken).ConfigureAwait(false);
                context.Error.WriteLine($"Wrote {Format.Count(papers.Count, "paper", "papers")} to {path}.");
            }

            return 0;
        });
        return command;
    }

    /// <summary>Writes papers to text output (standard output, or a test's writer).</summary>
    public static async Task WriteAsync(TextWriter writer, IPaperExporter exporter, IReadOnlyList<Paper> papers, CancellationToken cancellationToken)
    {
        if (exporter.IsBinary)
        {
            throw new UsageException($"--format {exporter.Name} writes a binary file: use 'papers export --format {exporter.Name} -o FILE'.");
        }

        var stream = new TextWriterStream(writer);
        await using (stream.ConfigureAwait(false))
        {
            await exporter.WriteAsync(stream, papers, cancellationToken).ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteFileAsync(string path, IPaperExporter exporter, IReadOnlyList<Paper> papers, CancellationToken cancellationToken)
    {
        try
        {
            var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
            await using (file.ConfigureAwait(false))
            {
                await exporter.WriteAsync(file, papers, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Half a file looks like a whole one to the next program that reads it.
            File.Delete(path);
            throw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new UsageException($"cannot write '{path}': {e.Message}");
        }
    }
}
