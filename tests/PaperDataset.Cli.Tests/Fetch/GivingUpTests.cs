using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PaperDataset.Cli.Fetch;
using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests.Fetch;

/// <summary>
/// <c>papers fetch</c> gives up on an endpoint that gives no response to <see cref="FetchCommand.GiveUpAfter"/> attempts
/// in a row: it sends nothing more, names every request it did not send, and exits 2. Retry delays pass on the virtual
/// clock; only the attempt timeouts of a Hub that stops answering take real time (half a second each).
/// </summary>
public sealed class GivingUpTests : IAsyncLifetime
{
    private HubServer _hub = null!;

    public async ValueTask InitializeAsync() => _hub = await HubServer.StartAsync();

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();

    private static string Day(int day) => $"/api/daily_papers?date=2025-11-{day:00}&limit=100&p=0";

    /// <summary>Drops the connection without a response, as a Hub going down mid-request does.</summary>
    private static Task Drop(HttpContext context)
    {
        context.Abort();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_month_against_a_closed_port_stops_after_three_refused_attempts_and_lists_the_other_days()
    {
        var closed = ClosedPort.Endpoint();
        using var run = await new FetchRun(_hub).RunAsync("--date", "2025-11-01", "--to", "2025-11-30", "--endpoint", closed.AbsoluteUri);

        run.ExitCode.ShouldBe(2);
        run.Files.ShouldBeEmpty();
        var errors = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        errors.Count(line => line.Contains("; attempt ", StringComparison.Ordinal)).ShouldBe(FetchCommand.GiveUpAfter - 1);
        run.Clock.Waits.Count.ShouldBe(FetchCommand.GiveUpAfter - 1, "the back-off before each retry, and no wait after giving up");
        errors.ShouldContain(line => line.StartsWith($"papers fetch: GET {closed.AbsoluteUri.TrimEnd('/')}{Day(1)}: failed after 3 attempts: connection failed: ", StringComparison.Ordinal));
        errors.ShouldContain(line => line.StartsWith($"papers fetch: giving up: 3 attempts in a row got no response from {closed.AbsoluteUri.TrimEnd('/')} (the last: connection failed: ", StringComparison.Ordinal));
        errors.Where(line => line.EndsWith(": not sent", StringComparison.Ordinal))
            .ShouldBe(Enumerable.Range(2, 29).Select(day => $"papers fetch: GET {closed.AbsoluteUri.TrimEnd('/')}{Day(day)}: not sent"));
        errors[^1].ShouldBe("0 saved, 0 skipped, 1 failed, 29 not sent (a rerun fetches what is missing).");
    }

    [Fact]
    public async Task A_Hub_that_stops_answering_mid_run_is_given_up_after_three_timeouts()
    {
        _hub.Fault(Day(3), HubServer.Hang, HubServer.Hang, HubServer.Hang);
        using var run = await new FetchRun(_hub).RunAsync("--date", "2025-11-01", "--to", "2025-11-07", "--timeout", "0.5");

        run.ExitCode.ShouldBe(2);
        run.Files.ShouldBe(["daily_papers_2025-11-01.json", "daily_papers_2025-11-02.json"]);
        _hub.Count(Day(3)).ShouldBe(3);
        // Counted by day, not in all: on a loaded machine a healthy day can outlast the timeout once and be retried.
        _hub.Seen.Select(request => request.PathAndQuery).Distinct().ShouldBe([Day(1), Day(2), Day(3)], "nothing is sent after giving up");
        _hub.Seen[^1].PathAndQuery.ShouldBe(Day(3));
        run.Error.ShouldContain($"{Day(3)}: failed after 3 attempts: no complete response within 0.5 s\n");
        run.Error.ShouldContain("giving up: 3 attempts in a row got no response from ");
        run.Error.ShouldEndWith("2 saved, 0 skipped, 1 failed, 4 not sent (a rerun fetches what is missing).\n");
    }

    [Fact]
    public async Task Connections_dropped_across_requests_count_together()
    {
        _hub.Fault(Day(1), Drop, Drop);
        _hub.Fault(Day(2), Drop);
        using var run = await new FetchRun(_hub).RunAsync("--date", "2025-11-01", "--to", "2025-11-03", "--attempts", "2");

        run.ExitCode.ShouldBe(2);
        _hub.Seen.Count.ShouldBe(3);
        run.Error.ShouldContain($"{Day(3)}: not sent\n");
        run.Error.ShouldEndWith("0 saved, 0 skipped, 2 failed, 1 not sent (a rerun fetches what is missing).\n");
    }

    [Fact]
    public async Task Any_response_even_an_error_shows_the_Hub_is_there_and_starts_the_count_again()
    {
        _hub.Fault(Day(1), Drop, Drop, HubServer.Status(503), Drop, Drop);
        using var run = await new FetchRun(_hub).RunAsync("--date", "2025-11-01", "--to", "2025-11-02", "--attempts", "6");

        run.ExitCode.ShouldBe(0, run.AllOutput);
        run.Files.ShouldBe(["daily_papers_2025-11-01.json", "daily_papers_2025-11-02.json"]);
        _hub.Count(Day(1)).ShouldBe(6);
        run.Error.ShouldNotContain("giving up");
    }

    [Fact]
    public async Task Files_already_there_are_still_skipped_after_giving_up()
    {
        using var first = await new FetchRun(_hub).RunAsync("--date", "2025-11-03");
        var closed = ClosedPort.Endpoint();
        using var run = new FetchRun(_hub);
        System.IO.File.Copy(System.IO.Path.Combine(first.Folder, "daily_papers_2025-11-03.json"), System.IO.Path.Combine(run.Folder, "daily_papers_2025-11-03.json"));

        await run.RunAsync("--date", "2025-11-01", "--to", "2025-11-03", "--endpoint", closed.AbsoluteUri);

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBe("skipped\tdaily_papers_2025-11-03.json\talready there (--force fetches it again)\n");
        run.Error.ShouldEndWith("0 saved, 1 skipped, 1 failed, 1 not sent (a rerun fetches what is missing).\n");
    }
}
