using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using PaperDataset.Cli.Catalogue;
using PaperDataset.Cli.Cli;
using PaperDataset.Cli.Output;

namespace PaperDataset.Cli.Commands;

/// <summary><c>papers stats</c>: totals, papers per year, the most-discussed papers and per-file counts.</summary>
internal static class StatsCommand
{
    public static readonly IReadOnlyList<string> Examples =
    [
        "papers stats",
        "papers stats --plain | grep -A 20 '^# Papers per year'",
    ];

    public static Command Create(CliContext context)
    {
        var command = new Command("stats", "Totals, papers per year, the most-discussed papers and per-source-file counts.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var catalogue = await context.LoadAsync(parseResult, cancellationToken).ConfigureAwait(false);
            Write(context.CreateOutput(parseResult), CatalogueStats.Compute(catalogue.Papers));
            return 0;
        });
        return command;
    }

    public static void Write(IOutput output, CatalogueStats stats)
    {
        output.Heading("Catalogue");
        output.Fields(
        [
            new("Papers", Format.Number(stats.Papers)),
            new("Source files", Format.Number(stats.SourceFiles)),
            new("Published from", Format.Date(stats.Earliest)),
            new("Published to", Format.Date(stats.Latest)),
            new("With date", Format.Number(stats.WithDate)),
            new("Without date", Format.Number(stats.WithoutDate)),
            new("With meta", Format.Number(stats.WithMeta)),
            new("Without meta", Format.Number(stats.WithoutMeta)),
            new("Organisations", Format.Number(stats.Organizations)),
            new("Papers from an organisation", Format.Number(stats.WithOrganization)),
            new("Seen in more than one file", Format.Number(stats.SeenMoreThanOnce)),
            new("Comments", Format.Number(stats.TotalComments)),
        ]);

        // Every year from the first to the last, so a gap shows as a gap.
        var perYear = stats.PerYear.ToDictionary(y => y.Key, y => y.Value);
        var years = perYear.Count == 0
            ? []
            : Enumerable.Range(perYear.Keys.Min(), perYear.Keys.Max() - perYear.Keys.Min() + 1)
                .Select(year => new KeyValuePair<string, int>(year.ToString(CultureInfo.InvariantCulture), perYear.GetValueOrDefault(year)))
                .ToList();
        if (stats.WithoutDate > 0)
        {
            years.Add(new KeyValuePair<string, int>("unknown", stats.WithoutDate));
        }

        output.BarChart("Papers per year", "Year", "Papers", years);

        output.Heading("Most discussed");
        output.Table(new OutputTable(
            null,
            [new("Comments", Align.Right), new("Date"), new("Title", Layout: ColumnLayout.Truncated), new("Id", Layout: ColumnLayout.WholeLine)],
            stats.MostDiscussed
                .Select(p => (IReadOnlyList<string?>)[Format.Number(p.CommentCount), Format.Date(p.PublishedOn), p.Title, p.Id.Value])
                .ToList()));

        if (stats.MostUpvoted.Count > 0)
        {
            output.Heading("Most upvoted");
            output.Table(new OutputTable(
                null,
                [new("Upvotes", Align.Right), new("arXiv"), new("Title", Layout: ColumnLayout.Truncated), new("Id", Layout: ColumnLayout.WholeLine)],
                stats.MostUpvoted
                    .Select(p => (IReadOnlyList<string?>)[Format.Number(p.Upvotes), p.ArxivId, p.Title, p.Id.Value])
                    .ToList()));
        }

        output.Heading("Source files");
        output.Table(new OutputTable(
            null,
            [new("File"), new("Captured"), new("Papers", Align.Right), new("Entries", Align.Right)],
            stats.Files
                .Select(f => (IReadOnlyList<string?>)[f.FileName, Format.Date(f.CapturedOn), Format.Number(f.Papers), Format.Number(f.Entries)])
                .ToList()));
    }
}
