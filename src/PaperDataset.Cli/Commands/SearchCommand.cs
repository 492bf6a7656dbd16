using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using PaperDataset.Cli.Cli;
using PaperDataset.Cli.Export;
using PaperDataset.Cli.Output;
using PaperDataset.Cli.Query;

namespace PaperDataset.Cli.Commands;

/// <summary><c>papers search</c>: the papers matching text and filters, best match first, a page at a time.</summary>
internal static class SearchCommand
{
    public const int DefaultLimit = 20;
    public const string TableFormat = "table";

    public static readonly IReadOnlyList<string> Examples =
    [
        "papers search continual learning",
        "papers search '\"neural network\" pruning' --in abstract",
        "papers search transform* --since 2024 --sort comments",
        "papers search --org PEARLS-Lab",
        "papers search diffusion --since 2023-06 --until 2024 --min-comments 1 --limit 0",
        "papers search learning --offset 20 --limit 20",
        "papers search diffusion --format jsonl",
    ];

    public static Command Create(CliContext context)
    {
        var query = new QueryOptions(sortWithoutText: PaperSort.Date, sortWithText: PaperSort.Relevance, defaultLimit: DefaultLimit);
        var format = Options.Choice(
            "--format",
            $"{TableFormat} (the default: a table with a snippet per match), or the page of papers as {PaperExporters.Describe(PaperExporters.Textual)}.",
            [TableFormat, .. PaperExporters.Textual.Select(e => e.Name)],
            TableFormat,
            "-f");
        var command = new Command("search", "Find papers by words and \"phrases\" in their title or abstract, best match first, filtered by date, comments and organisation.");
        query.AddTo(command);
        command.Options.Add(format);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var catalogue = await context.LoadAsync(parseResult, cancellationToken).ConfigureAwait(false);
            var paperQuery = query.Bind(parseResult, catalogue.Papers);
            var hits = paperQuery.Run(catalogue.Papers, cancellationToken);
            var page = paperQuery.Page(hits);
            if (PaperExporters.Find(parseResult.GetValue(format)) is { } exporter)
            {
                await ExportCommand.WriteAsync(context.Out, exporter, page.Select(h => h.Paper).ToList(), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                Write(context.CreateOutput(parseResult), paperQuery, hits.Count, page);
            }

            return 0;
        });
        return command;
    }

    public static void Write(IOutput output, PaperQuery query, int matchCount, IReadOnlyList<SearchHit> page)
    {
        // Scores and snippets explain a text search; without text every score is 0 and there is nothing to highlight.
        var explain = !query.Text.IsEmpty;
        // The order's key is always a column: every other order's key is one already (relevance is the score, and
        // without text it falls back to the date).
        var upvotes = query.Sort == PaperSort.Upvotes;
        var columns = new List<OutputColumn>
        {
            new("Date"),
            new("Comments", Align.Right),
            new("Title", Layout: ColumnLayout.Truncated),
            new("Id", Layout: ColumnLayout.WholeLine),
        };
        if (upvotes)
        {
            columns.Insert(2, new("Upvotes", Align.Right));
        }

        if (explain)
        {
            columns.Insert(0, new("Score", Align.Right));
            columns.Add(new("Snippet", Layout: ColumnLayout.WrappedLine));
        }

        var rows = new List<IReadOnlyList<string?>>();
        foreach (var hit in page)
        {
            var row = new List<string?> { Format.Date(hit.Paper.PublishedOn), Format.Number(hit.Paper.CommentCount), hit.Paper.Title, hit.Paper.Id.Value };
            if (upvotes)
            {
                row.Insert(2, Format.Number(hit.Paper.Upvotes));
            }

            if (explain)
            {
                row.Insert(0, hit.Score.ToString("0.00", CultureInfo.InvariantCulture));
                row.Add(Snippet.Of(hit.Paper.Abstract, query.Text));
            }

            rows.Add(row);
        }

        output.Table(new OutputTable(null, columns, rows));
        output.Note(Summary(query, matchCount, page.Count));
    }

    private static string Summary(PaperQuery query, int matchCount, int shown)
    {
        if (matchCount == 0)
        {
            return "No paper matches. Words match whole (try a prefix such as learn*), and every word and filter must match.";
        }

        var matches = Format.Count(matchCount, "match", "matches");
        if (shown == matchCount)
        {
            return matches + ".";
        }

        if (shown == 0)
        {
            return $"No match after the first {Format.Number(query.Offset)}: there are {matches}.";
        }

        var first = query.Offset + 1;
        var last = query.Offset + shown;
        var more = last < matchCount ? $"; --offset {Format.Number(last)} shows the next page, --limit 0 all of them" : string.Empty;
        return $"Showing {Format.Number(first)}-{Format.Number(last)} of {matches}{more}.";
    }
}
