using System;
using System.Globalization;
using System.Threading;

namespace PaperDataset.Cli.Fetch;

/// <summary>
/// A count-based circuit breaker: after <c>threshold</c> attempts in a row (across all requests) that got no HTTP
/// response at all, it opens for good and the fetch sends nothing more. Any response, even a 500 or a 429, proves the
/// endpoint reachable and starts the count again; those are the retry strategy's business, not this one's.
/// </summary>
/// <remarks>
/// Why not Polly's own circuit breaker: Polly 8 keeps only the ratio-over-a-time-window breaker. Successes inside its
/// window hold it closed however many failures follow (a Hub that dies mid-run would be retried until they age out),
/// and a window short enough to react quickly is too short to hold a few attempt timeouts, so a Hub that stops
/// answering would never trip it. "N attempts in a row without an answer" is the count-based breaker Polly 7 had,
/// and a run of a command line wants no half-open probing after a break: it stops, says what was not fetched, and a
/// rerun resumes.
/// </remarks>
internal sealed class UnreachableEndpointBreaker(int threshold, Action<string> onOpened)
{
    private int _consecutiveFailures;
    private string? _reason;

    /// <summary>Why the breaker opened; null while it is closed.</summary>
    public string? Reason => Volatile.Read(ref _reason);

    public void Answered()
    {
        if (Reason is null)
        {
            Interlocked.Exchange(ref _consecutiveFailures, 0);
        }
    }

    /// <param name="uri">The request whose attempt got no response.</param>
    /// <param name="failure">What happened instead.</param>
    public void NotAnswered(Uri uri, string failure)
    {
        if (Interlocked.Increment(ref _consecutiveFailures) != threshold)
        {
            return;
        }

        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{threshold} attempts in a row got no response from {uri.GetLeftPart(UriPartial.Authority)} (the last: {failure})");
        if (Interlocked.CompareExchange(ref _reason, reason, null) is null)
        {
            onOpened(reason);
        }
    }
}
