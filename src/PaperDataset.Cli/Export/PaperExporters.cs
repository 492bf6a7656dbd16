using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace PaperDataset.Cli.Export;

/// <summary>The export formats, in the order <c>--help</c> lists them.</summary>
internal static class PaperExporters
{
    public static readonly IReadOnlyList<IPaperExporter> All =
    [
        new JsonLinesExporter(),
        new JsonExporter(),
        new CsvExporter(),
        new ParquetExporter(),
    ];

    public static IReadOnlyList<string> Names => All.Select(e => e.Name).ToList();

    /// <summary>The formats that can go to standard output (search writes its page there): every one but the binary ones.</summary>
    public static IReadOnlyList<IPaperExporter> Textual => All.Where(e => !e.IsBinary).ToList();

    /// <summary>The exporter for a <c>--format</c> value, or null (for a format the command handles itself, such as <c>table</c>).</summary>
    public static IPaperExporter? Find(string? name) =>
        All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>"name (description), …" for <c>--help</c>.</summary>
    public static string Describe(IEnumerable<IPaperExporter> exporters) => string.Join(", ", exporters.Select(e => $"{e.Name} ({e.Description})"));

    /// <summary>
    /// The papers, stopping between two papers once <paramref name="cancellationToken"/> is cancelled: the catalogue's
    /// own writers take no token, and Ctrl+C should not have to wait for the last of 100,000 papers.
    /// </summary>
    public static IEnumerable<Paper> UntilCancelled(IEnumerable<Paper> papers, CancellationToken cancellationToken)
    {
        foreach (var paper in papers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return paper;
        }
    }
}
