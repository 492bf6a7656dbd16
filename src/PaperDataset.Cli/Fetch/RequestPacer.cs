using System;
using System.Threading;
using System.Threading.Tasks;

namespace PaperDataset.Cli.Fetch;

/// <summary>
/// The rate limit: requests (retries included) start at least <c>interval</c> apart, whatever the concurrency.
/// It waits on the injected clock, so tests see the exact pauses without sleeping.
/// </summary>
internal sealed class RequestPacer(TimeProvider clock, TimeSpan interval)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var wait = _next - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken);
            }

            _next = clock.GetUtcNow() + interval;
        }
        finally
        {
            _gate.Release();
        }
    }
}
