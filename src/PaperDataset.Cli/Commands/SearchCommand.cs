using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PaperDataset.Cli.Cli;
using PaperDataset.Cli.Output;
using PaperDataset.Cli.Query;

namespace PaperDataset.Cli.Commands;

/// <summary><c>papers search</c>: a table of the papers matching text and filters.</summary>
internal static class SearchCommand
{
    public const int DefaultLimit = 20;

    public static readonly IReadOnlyList<string> Examples =
    [
        "papers search continual learning",
        "papers search '\"neural network\" pruning' --in abstract",
        "papers search transform* --since 2024 --sort comments",
        "papers search --org PEARLS-Lab",
        "papers search diffusion --since 2023-06 --until 2024 --min-comments 1 --limit 0",
    ];

    public static Command Create(CliContext context)
    {
        var query = new QueryOptions(defaultSort: "date", defaultLimit: DefaultLimit);
        var command = new Command("search", "Find papers by words and \"phrases\" in their title or abstract, filtered by date, comments and organisation.");
        query.AddTo(command);
        command.SetAction(parseResult =>
        {
            var paperQuery = query.Bind(parseResult);
            var matches = paperQuery.Filter(Papers.All);
            var shown = paperQuery.Limit is { } limit ? matches.Take(limit).ToList() : matches;
            Write(context.CreateOutput(parseResult), matches.Count, shown);
            return 0;
        });
        return command;
    }

    public static void Write(IOutput output, int matchCount, IReadOnlyList<Paper> shown)
    {
        output.Table(new OutputTable(
            null,
            [new("Date"), new("Comments", Align.Right), new("Title"), new("Id", UnderPrevious: true)],
            shown.Select(p => (IReadOnlyList<string?>)[Format.Date(p.PublishedOn), Format.Number(p.CommentCount), p.Title, p.Id.Value]).ToList()));

        if (matchCount == 0)
        {
            output.Note("No paper matches. Words match whole (try a prefix such as learn*), and every word and filter must match.");
        }
        else if (shown.Count < matchCount)
        {
            output.Note($"Showing {shown.Count} of {Format.Count(matchCount, "match", "matches")}; use --limit 0 to see all.");
        }
        else
        {
            output.Note(Format.Count(matchCount, "match", "matches") + ".");
        }
    }
}
