using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using PaperDataset.Cli.Catalogue;
using PaperDataset.Cli.Output;

namespace PaperDataset.Cli.Cli;

/// <summary>What every command needs: where the papers come from, the two writers and whether output must be plain.</summary>
internal sealed class CliContext(ICatalogueSource source, TextWriter output, TextWriter error, bool forcePlain)
{
    /// <summary><c>--plain</c>, accepted by every command.</summary>
    public Option<bool> Plain { get; } = new("--plain")
    {
        Description = "Plain tab-separated output: no colour, no box drawing (the default when output is redirected).",
        Recursive = true,
    };

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public bool IsPlain(ParseResult parseResult) => forcePlain || parseResult.GetValue(Plain);

    public IOutput CreateOutput(ParseResult parseResult) =>
        IsPlain(parseResult) ? new PlainOutput(Out, Error) : new RichOutput(Out);

    /// <summary>Loads the papers and reports the source's diagnostics on standard error, where they never mix with data.</summary>
    public async Task<CatalogueSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var snapshot = await source.LoadAsync(cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in snapshot.Diagnostics)
        {
            Error.WriteLine(diagnostic.ToString());
        }

        return snapshot;
    }
}
