using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PaperDataset.Cli.Catalogue;
using PaperDataset.Cli.Cli;
using PaperDataset.Cli.Commands;

namespace PaperDataset.Cli;

/// <summary>
/// The <c>papers</c> command line, runnable in-process: parse, run one command, return the exit code
/// (0 success, 1 usage error with its message on <c>stderr</c>, 130 cancelled).
/// </summary>
public static class PapersApp
{
    /// <summary>The exit code after cancellation: 128 + SIGINT, as shells report Ctrl+C.</summary>
    public const int CancelledExitCode = 130;

    private static readonly IReadOnlyList<string> RootExamples =
    [
        "papers stats",
        "papers search continual learning --since 2024",
        "papers show yolov9",
        "papers export --format csv -o papers.csv",
        "papers fetch --date 2025-11-07 -o papers/",
        "papers stats --source papers/",
    ];

    /// <summary>Runs one command line over the compiled catalogue.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and notes go.</param>
    /// <param name="plain">Force plain output (the caller passes true when standard output is redirected).</param>
    /// <param name="cancellationToken">Cancels the command; Ctrl+C and SIGTERM cancel it too.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, bool plain, CancellationToken cancellationToken = default) =>
        RunAsync(args, new CompiledCatalogueSource(), stdout, stderr, plain, cancellationToken);

    /// <summary>Runs one command line over papers from <paramref name="source"/>.</summary>
    /// <param name="fetchEnvironment">What <c>fetch</c> takes from the process (variables, the clock it waits on); the process's own when null.</param>
    internal static async Task<int> RunAsync(
        string[] args, ICatalogueSource source, TextWriter stdout, TextWriter stderr, bool plain, CancellationToken cancellationToken,
        Fetch.FetchEnvironment? fetchEnvironment = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var context = new CliContext(source, stdout, stderr, plain);
        var root = BuildRoot(context, fetchEnvironment);
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
            // The default configuration turns Ctrl+C and SIGTERM into cancelling the token the action gets.
            return await parseResult.InvokeAsync(
                new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false },
                cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            return UsageErrors.Report(stderr, parseResult.CommandResult.Command, [e.Message], []);
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("Cancelled.");
            return CancelledExitCode;
        }
        finally
        {
            await stdout.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    internal static RootCommand BuildRoot(CliContext context, Fetch.FetchEnvironment? fetchEnvironment = null)
    {
        var root = new RootCommand("Explore the PaperDataset catalogue: Hugging Face Daily Papers compiled into a .NET library.");
        root.Options.Add(context.Plain);

        var stats = StatsCommand.Create(context);
        var search = SearchCommand.Create(context);
        var show = ShowCommand.Create(context);
        var export = ExportCommand.Create(context);
        // The commands that read papers can read them from files instead; fetch only writes them.
        foreach (var reader in new[] { stats, search, show, export })
        {
            reader.Options.Add(context.Source);
            reader.Options.Add(context.CapturedOn);
        }

        root.Subcommands.Add(stats);
        root.Subcommands.Add(search);
        root.Subcommands.Add(show);
        root.Subcommands.Add(export);
        var fetch = Fetch.FetchCommand.Create(context, fetchEnvironment);
        root.Subcommands.Add(fetch);
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
            [fetch] = Fetch.FetchCommand.Examples,
        };
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new ExamplesHelpAction((HelpAction)help.Action!, examples);
        return root;
    }
}
