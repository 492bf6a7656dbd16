using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using PaperDataset.Cli.Catalogue;

namespace PaperDataset.Cli.Tests;

/// <summary>The result of running <c>papers</c> in-process.</summary>
internal sealed partial record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs a command line with plain output, as when standard output is redirected.</summary>
    public static CliRun Plain(params string[] args) => Run(args, plain: true);

    /// <summary>
    /// Runs a command line with rich (Spectre.Console) output, as on a terminal, and strips ANSI escape
    /// sequences (Spectre emits them here when the environment's TERM supports them) to leave what is seen.
    /// </summary>
    public static CliRun Rich(params string[] args) => Run(args, plain: false);

    public static CliRun Run(string[] args, bool plain) => Over(new CompiledCatalogueSource(), plain, args);

    /// <summary>Runs a command line over papers from <paramref name="source"/> instead of the compiled catalogue.</summary>
    public static CliRun Over(ICatalogueSource source, bool plain, params string[] args) =>
        // Off the test framework's synchronisation context, so blocking on the result cannot deadlock a continuation.
        Task.Run(() => OverAsync(source, plain, CancellationToken.None, args)).GetAwaiter().GetResult();

    public static async Task<CliRun> OverAsync(ICatalogueSource source, bool plain, CancellationToken cancellationToken, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = await PapersApp.RunAsync(args, source, stdout, stderr, plain, cancellationToken).ConfigureAwait(false);
        var run = new CliRun(exitCode, stdout.ToString(), stderr.ToString());
        return plain ? run : run with { Out = AnsiEscape().Replace(run.Out, string.Empty) };
    }

    public IReadOnlyList<string> Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The rows of the tab-separated table that starts with <paramref name="header"/>, up to the next blank line.</summary>
    public IReadOnlyList<string[]> TableAfter(string header)
    {
        var lines = Out.Split('\n');
        var start = Array.IndexOf(lines, header);
        if (start < 0)
        {
            throw new InvalidOperationException($"No table with header '{header}' in:\n{Out}");
        }

        return lines.Skip(start + 1).TakeWhile(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
    }

    /// <summary>The values of a column of the first table (a plain search's output starts with its header row).</summary>
    public IReadOnlyList<string> Column(string name)
    {
        var lines = Out.Split('\n');
        var index = Array.IndexOf(lines[0].Split('\t'), name);
        if (index < 0)
        {
            throw new InvalidOperationException($"No column '{name}' in:\n{Out}");
        }

        return lines.Skip(1).TakeWhile(l => l.Length > 0).Select(l => l.Split('\t')[index]).ToList();
    }

    /// <summary>The value of a "label\tvalue" line.</summary>
    public string Field(string label)
    {
        var line = Out.Split('\n').FirstOrDefault(l => l.StartsWith(label + "\t", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No field '{label}' in:\n{Out}");
        return line[(label.Length + 1)..];
    }

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiEscape();
}
