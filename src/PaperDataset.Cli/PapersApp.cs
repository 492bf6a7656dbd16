using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using PaperDataset.Cli.Cli;
using PaperDataset.Cli.Commands;

namespace PaperDataset.Cli;

/// <summary>
/// The <c>papers</c> command line, runnable in-process: parse, run one command, return the exit code
/// (0 success, 1 usage error with its message on <c>stderr</c>).
/// </summary>
public static class PapersApp
{
    private static readonly IReadOnlyList<string> RootExamples =
    [
        "papers stats",
        "papers search continual learning --since 2024",
        "papers show yolov9",
        "papers export --format csv -o papers.csv",
    ];

    /// <summary>Runs one command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and notes go.</param>
    /// <param name="plain">Force plain output (the caller passes true when standard output is redirected).</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool plain)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var context = new CliContext(stdout, stderr, plain);
        var root = BuildRoot(context);
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            return UsageErrors.Report(
                stderr,
                parseResult.CommandResult.Command,
                parseResult.Errors.Select(e => e.Message),
                parseResult.UnmatchedTokens);
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (UsageException e)
        {
            return UsageErrors.Report(stderr, parseResult.CommandResult.Command, [e.Message], []);
        }
        finally
        {
            stdout.Flush();
        }
    }

    internal static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("Explore the PaperDataset catalogue: Hugging Face Daily Papers compiled into a .NET library.");
        root.Options.Add(context.Plain);

        var stats = StatsCommand.Create(context);
        var search = SearchCommand.Create(context);
        var show = ShowCommand.Create(context);
        var export = ExportCommand.Create(context);
        root.Subcommands.Add(stats);
        root.Subcommands.Add(search);
        root.Subcommands.Add(show);
        root.Subcommands.Add(export);
        root.Subcommands.Add(Fetch.FetchCommand.Create(context));
        root.SetAction(_ => UsageErrors.Report(
            context.Error,
            root,
            [$"a command is required: {string.Join(", ", root.Subcommands.Select(c => c.Name))}."],
            []));

        var examples = new Dictionary<Command, IReadOnlyList<string>>
        {
            [root] = RootExamples,
            [stats] = StatsCommand.Examples,
            [search] = SearchCommand.Examples,
            [show] = ShowCommand.Examples,
            [export] = ExportCommand.Examples,
        };
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new ExamplesHelpAction((HelpAction)help.Action!, examples);
        return root;
    }
}
