using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using PaperDataset.Cli.Catalogue;
using PaperDataset.Cli.Commands;
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

    /// <summary><c>--source PATH</c> (repeatable): read these files or folders instead of the compiled catalogue.</summary>
    public Option<string[]> Source { get; } = new("--source")
    {
        Description = "Read papers from these source files or folders (text copies, Hub JSON, saved pages, other tools' captures) with the generator's own reader, instead of the compiled catalogue; repeatable.",
        HelpName = "PATH",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary><c>--captured-on</c>: the capture date of the <c>--source</c> files, as <c>PaperDatasetCapturedOn</c> gives it to the generator.</summary>
    public Option<DateOnly?> CapturedOn { get; } = Options.Date(
        "--captured-on",
        "With --source: the date the files were captured (yyyy-mm-dd); browser text copies need it to resolve year-less dates.");

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public bool IsPlain(ParseResult parseResult) => forcePlain || parseResult.GetValue(Plain);

    public IOutput CreateOutput(ParseResult parseResult) =>
        IsPlain(parseResult) ? new PlainOutput(Out, Error) : new RichOutput(Out);

    /// <summary>Loads the papers and reports the source's diagnostics on standard error, where they never mix with data.</summary>
    public async Task<CatalogueSnapshot> LoadAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var paths = parseResult.GetValue(Source);
        var chosen = paths is { Length: > 0 } ? new FileCatalogueSource(paths, Format.Date(parseResult.GetValue(CapturedOn))) : source;
        var snapshot = await chosen.LoadAsync(cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in snapshot.Diagnostics)
        {
            Error.WriteLine(diagnostic.ToString());
        }

        return snapshot;
    }
}
