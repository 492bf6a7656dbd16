using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace PaperDataset.Cli.Export;

/// <summary>JSON Lines: one paper object per line, through the source-generated <c>PaperJsonContext</c>.</summary>
internal sealed class JsonLinesExporter : IPaperExporter
{
    public string Name => "jsonl";

    public string Description => "one JSON object per line, in the catalogue's own camelCase JSON";

    public Task WriteAsync(Stream stream, IReadOnlyList<Paper> papers, CancellationToken cancellationToken)
    {
        Papers.WriteJsonLines(stream, PaperExporters.UntilCancelled(papers, cancellationToken));
        return Task.CompletedTask;
    }
}
