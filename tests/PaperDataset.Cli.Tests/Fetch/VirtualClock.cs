using System;
using System.Collections.Generic;
using System.Threading;

namespace PaperDataset.Cli.Tests.Fetch;

/// <summary>
/// A clock on which every wait ends at once and moves the time on by what was asked: the fetch's retry back-off,
/// Retry-After and rate-limit pauses are recorded exactly, and no test sleeps for them.
/// </summary>
internal sealed class VirtualClock : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<TimeSpan> _waits = [];
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_lock)
            {
                return [.. _waits];
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return new ElapsedTimer();
        }

        lock (_lock)
        {
            _waits.Add(dueTime);
            _now += dueTime;
        }

        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new ElapsedTimer();
    }

    private sealed class ElapsedTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public System.Threading.Tasks.ValueTask DisposeAsync() => default;
    }
}
