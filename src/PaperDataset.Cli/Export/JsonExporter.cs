using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace PaperDataset.Cli.Export;

/// <summary>One JSON array through the source-generated <c>PaperJsonContext</c>, ending with a newline.</summary>
internal sealed class JsonExporter : IPaperExporter
{
    public string Name => "json";

    public string Description => "one array, in the catalogue's own camelCase JSON that reads back into Paper";

    public async Task WriteAsync(Stream stream, IReadOnlyList<Paper> papers, CancellationToken cancellationToken)
    {
        Papers.WriteJson(stream, PaperExporters.UntilCancelled(papers, cancellationToken));
        await stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }
}
