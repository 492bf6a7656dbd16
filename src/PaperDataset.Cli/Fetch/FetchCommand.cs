using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PaperDataset.Cli.Cli;

namespace PaperDataset.Cli.Fetch;

/// <summary>
/// <c>papers fetch</c>: saves Hub API responses (daily lists, searches, single papers) byte for byte into a folder,
/// one request at a time by default, rate-limited, retried, resumable.
/// Exit codes: 0 everything saved or already there, 1 usage error, 2 a request failed or a response was refused
/// (everything else is still saved), or the endpoint gave no response to <see cref="GiveUpAfter"/> attempts in a row
/// and the rest was not sent, 130 interrupted.
/// </summary>
internal static class FetchCommand
{
    public const string DefaultEndpoint = "https://huggingface.co";

    /// <summary>
    /// Attempts in a row with no response at all (refused, unresolved, dropped, timed out) before the run gives up on
    /// the endpoint: enough that one dropped connection or slow answer among many is retried, few enough that a month
    /// against a dead endpoint ends in seconds (refused) or three timeouts (a Hub that stopped answering).
    /// </summary>
    public const int GiveUpAfter = 3;

    public static readonly IReadOnlyList<string> Examples =
    [
        "papers fetch --date 2025-11-07 --to 2025-11-30 -o captures/",
        "papers fetch --week 2025-W45 --query \"continual learning\" -o captures/",
        "papers fetch --paper 2403.12345 --paper 2410.01234 -o captures/ --dry-run",
    ];

    public static Command Create(CliContext context, FetchEnvironment? environment = null)
    {
        var env = environment ?? FetchEnvironment.Process;
        var date = Options.Date("--date", "Save the daily list of this day (every page of it).");
        var to = Options.Date("--to", "With --date: every day from --date to this one, inclusive.");
        var week = FetchOptions.Week();
        var month = FetchOptions.Month();
        var query = new Option<string[]>("--query") { Description = "Save a search (/api/papers/search?q=TEXT); repeatable.", HelpName = "TEXT" };
        var papers = FetchOptions.Papers();
        var output = new Option<string>("--output", "-o") { Description = "The folder to save into (created if missing).", HelpName = "DIR", Required = true };
        var endpoint = new Option<string?>("--endpoint")
        {
            Description = $"The Hub to ask (default: the HF_ENDPOINT environment variable, else {DefaultEndpoint}). HF_TOKEN, when set, is sent as a bearer token.",
            HelpName = "URL",
        };
        var force = new Option<bool>("--force") { Description = "Fetch files again that are already in the folder (by default they are skipped, so a rerun resumes)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "List the requests and file names; fetch nothing." };
        var attempts = Options.Count("--attempts", "Tries per request before giving up on it (default 5; 1: no retry).");
        var timeout = FetchOptions.Timeout();
        var rate = FetchOptions.Rate();
        var concurrency = Options.Count("--concurrency", "Requests in flight at once (default 1).");
        var pageSize = Options.Count("--page-size", $"Papers asked for per daily-list request, 1 to {FetchTarget.MaxPageSize} (default {FetchTarget.MaxPageSize}).");

        var command = new Command(
            "fetch",
            $"Save Hugging Face Hub API responses (daily lists, searches, papers) into a folder, byte for byte. Gives up when {GiveUpAfter} attempts in a row get no response, and lists what it did not fetch.");
        foreach (var option in new Option[] { date, to, week, month, query, papers, output, endpoint, force, dryRun, attempts, timeout, rate, concurrency, pageSize })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (new Option[] { date, week, month, query, papers }.All(o => result.GetResult(o) is null))
            {
                result.AddError("say what to fetch: --date, --week, --month, --query or --paper.");
            }

            if (Parsed(result, to) is { } last && (Parsed(result, date) is not { } first || last < first))
            {
                result.AddError("--to needs a --date on or before it.");
            }

            if (Parsed(result, attempts) is < 1)
            {
                result.AddError("--attempts must be 1 or more.");
            }

            if (Parsed(result, concurrency) is < 1)
            {
                result.AddError("--concurrency must be 1 or more.");
            }

            if (Parsed(result, pageSize) is < 1 or > FetchTarget.MaxPageSize)
            {
                result.AddError($"--page-size must be 1 to {FetchTarget.MaxPageSize}.");
            }
        });

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var hub = ResolveEndpoint(parseResult.GetValue(endpoint), env);
            var targets = Plan(parseResult.GetValue(date), parseResult.GetValue(to), parseResult.GetValue(week), parseResult.GetValue(month),
                parseResult.GetValue(query) ?? [], parseResult.GetValue(papers) ?? []);
            var size = parseResult.GetValue(pageSize) ?? FetchTarget.MaxPageSize;
            FetchReport report = context.IsPlain(parseResult) ? new PlainFetchReport(context.Out, context.Error) : new RichFetchReport(context.Out);
            if (parseResult.GetValue(dryRun))
            {
                foreach (var target in targets)
                {
                    report.DryRun(target.Request(hub, 0, size), target.IsPaged);
                }

                return 0;
            }

            var directory = parseResult.GetValue(output)!;
            if (string.IsNullOrWhiteSpace(directory))
            {
                throw new UsageException("--output needs the name of a folder.");
            }

            try
            {
                Directory.CreateDirectory(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                throw new UsageException($"cannot create '{directory}': {e.Message}");
            }

            var requestsPerSecond = parseResult.GetValue(rate);
            var options = new HubClientOptions(
                MaxAttempts: parseResult.GetValue(attempts) ?? 5,
                AttemptTimeout: TimeSpan.FromSeconds(parseResult.GetValue(timeout)),
                RequestInterval: requestsPerSecond > 0 ? TimeSpan.FromSeconds(1 / requestsPerSecond) : TimeSpan.Zero,
                BaseRetryDelay: TimeSpan.FromSeconds(1),
                GiveUpAfter: GiveUpAfter);
            using var client = new HubClient(options, env.Variable("HF_TOKEN"), env.DelayClock, report.Retrying, report.GivingUp);
            var fetcher = new Fetcher(client, hub, directory, size, parseResult.GetValue(force), report);
            var interrupted = false;
            await report.RunAsync(targets.Count, async () =>
            {
                try
                {
                    var parallel = new ParallelOptions { MaxDegreeOfParallelism = parseResult.GetValue(concurrency) ?? 1, CancellationToken = cancellationToken };
                    await Parallel.ForEachAsync(targets, parallel, async (target, token) => await fetcher.FetchAsync(target, token));
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    interrupted = true;
                }

                return 0;
            });
            report.Finish(interrupted);
            return interrupted ? 130 : report.Failed > 0 || report.NotSent > 0 ? 2 : 0;
        });
        return command;
    }

    /// <summary>An option's value for cross-checks, or null when it was not given or did not parse (and so has its own error).</summary>
    private static T? Parsed<T>(System.CommandLine.Parsing.CommandResult result, Option<T?> option)
    {
        try
        {
            return result.GetValue(option);
        }
        catch (InvalidOperationException)
        {
            return default;
        }
    }

    /// <summary><c>--endpoint</c>, else <c>HF_ENDPOINT</c> (the Hub tools' convention), else the public Hub.</summary>
    internal static Uri ResolveEndpoint(string? option, FetchEnvironment environment)
    {
        var (value, source) = !string.IsNullOrWhiteSpace(option) ? (option, "--endpoint")
            : environment.Variable("HF_ENDPOINT") is { Length: > 0 } variable ? (variable, "HF_ENDPOINT")
            : (DefaultEndpoint, "default");
        if (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
        {
            return uri;
        }

        throw new UsageException($"{source} must be an http or https URL without a query, not '{value}'.");
    }

    /// <summary>Days in order, then the week, the month, the searches and the papers, each once.</summary>
    internal static IReadOnlyList<FetchTarget> Plan(DateOnly? date, DateOnly? to, string? week, string? month, string[] queries, string[] papers)
    {
        var targets = new List<FetchTarget>();
        if (date is { } first)
        {
            // Counted rather than stepped past the last day, which may be DateOnly.MaxValue.
            var days = (to ?? first).DayNumber - first.DayNumber + 1;
            targets.AddRange(Enumerable.Range(0, days).Select(offset => FetchTarget.Day(first.AddDays(offset))));
        }

        if (week is not null)
        {
            targets.Add(FetchTarget.Week(week));
        }

        if (month is not null)
        {
            targets.Add(FetchTarget.Month(month));
        }

        targets.AddRange(queries.Distinct(StringComparer.Ordinal).Select(FetchTarget.Search));
        targets.AddRange(papers.Distinct(StringComparer.Ordinal).Select(FetchTarget.Paper));
        return targets;
    }
}
