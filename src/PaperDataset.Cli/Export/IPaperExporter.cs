using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace PaperDataset.Cli.Export;

/// <summary>
/// One export format: <c>--format NAME</c> on <c>search</c> and <c>export</c>. A new format is a class implementing
/// this and one line in <see cref="PaperExporters.All"/>.
/// </summary>
internal interface IPaperExporter
{
    /// <summary>The <c>--format</c> value, lower case.</summary>
    string Name { get; }

    /// <summary>What the format is, for <c>--help</c>.</summary>
    string Description { get; }

    /// <summary>Whether the format is binary, so it can only go to a file, never to a terminal or a text pipe.</summary>
    bool IsBinary => false;

    /// <summary>Writes the papers, in order, to <paramref name="stream"/> and leaves it open.</summary>
    Task WriteAsync(Stream stream, IReadOnlyList<Paper> papers, CancellationToken cancellationToken);
}
