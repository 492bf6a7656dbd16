using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

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
    public static CliRun Rich(params string[] args)
    {
        var run = Run(args, plain: false);
        return run with { Out = AnsiEscape().Replace(run.Out, string.Empty) };
    }

    public static CliRun Run(string[] args, bool plain)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = PapersApp.Run(args, stdout, stderr, plain);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
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
