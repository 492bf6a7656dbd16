using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace PaperDataset.Cli.Fetch;

/// <summary>
/// What a fetch run tells its user. <see cref="PlainFetchReport"/> writes one line per file for pipes and logs;
/// <see cref="RichFetchReport"/> draws a Spectre.Console progress bar with counts and request rate on a terminal.
/// Calls may come from several requests at once.
/// </summary>
internal abstract class FetchReport
{
    private int _saved;
    private int _skipped;
    private int _failed;
    private int _notSent;

    public int Saved => _saved;

    public int Skipped => _skipped;

    public int Failed => _failed;

    /// <summary>Requests never sent because the client had given up on the endpoint.</summary>
    public int NotSent => _notSent;

    /// <summary>Runs the fetch inside whatever the report needs around it (a live progress display).</summary>
    public abstract Task<int> RunAsync(int plannedRequests, Func<Task<int>> fetch);

    /// <summary>A further page turned out to be needed.</summary>
    public abstract void FurtherPagePlanned();

    public abstract void DryRun(HubRequest request, bool mayHaveMorePages);

    public void FileSaved(HubRequest request, int bytes)
    {
        Interlocked.Increment(ref _saved);
        Done(request, $"saved\t{request.FileName}\t{bytes.ToString(CultureInfo.InvariantCulture)} bytes");
    }

    public void FileSkipped(HubRequest request)
    {
        Interlocked.Increment(ref _skipped);
        Done(request, $"skipped\t{request.FileName}\talready there (--force fetches it again)");
    }

    /// <summary>A further page came back empty: the previous page was the last, and there is nothing to save.</summary>
    public void NoMorePages(HubRequest request) => Done(request, null);

    public void RequestFailed(HubRequest request, string message)
    {
        Interlocked.Increment(ref _failed);
        Done(request, null);
        Error($"{request}: {message}");
    }

    /// <summary>The client gave up on the endpoint; every request from now on is reported as not sent.</summary>
    public void GivingUp(string reason) => Error($"giving up: {reason}; nothing more is sent.");

    public void RequestNotSent(HubRequest request)
    {
        Interlocked.Increment(ref _notSent);
        Done(request, null);
        Error($"{request}: not sent");
    }

    public void Retrying(Uri uri, int nextAttempt, TimeSpan delay, string reason) =>
        Note($"GET {uri.AbsoluteUri}: {reason}; attempt {nextAttempt.ToString(CultureInfo.InvariantCulture)} in {Seconds(delay)}");

    public string Summary(bool interrupted) =>
        (interrupted ? "Interrupted: " : string.Empty)
        + $"{_saved.ToString(CultureInfo.InvariantCulture)} saved, {_skipped.ToString(CultureInfo.InvariantCulture)} skipped, {_failed.ToString(CultureInfo.InvariantCulture)} failed"
        + (_notSent > 0 ? $", {_notSent.ToString(CultureInfo.InvariantCulture)} not sent (a rerun fetches what is missing)." : ".");

    public abstract void Finish(bool interrupted);

    /// <summary>A duration as the messages print it: <c>7 s</c>, <c>0.25 s</c>.</summary>
    public static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    /// <summary>A request has ended; <paramref name="line"/> is what plain output prints for it, if anything.</summary>
    protected abstract void Done(HubRequest request, string? line);

    protected abstract void Note(string text);

    protected abstract void Error(string text);
}
