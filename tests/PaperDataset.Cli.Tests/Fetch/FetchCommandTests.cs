using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests.Fetch;

/// <summary><c>papers fetch</c> against a fake Hub on the loopback address serving the real API responses the repository holds.</summary>
public sealed class FetchCommandTests : IAsyncLifetime
{
    private const string March12 = "/api/daily_papers?date=2024-03-12&limit=100&p=0";
    private HubServer _hub = null!;

    public async ValueTask InitializeAsync() => _hub = await HubServer.StartAsync();

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();

    private static byte[] Shared(string fileName) => File.ReadAllBytes(HubFiles.PathOf(fileName));

    [Fact]
    public async Task A_date_range_a_search_and_two_papers_are_saved_byte_for_byte()
    {
        using var run = await new FetchRun(_hub).RunAsync(
            "--date", "2024-03-11", "--to", "2024-03-12", "--query", "continual learning", "--paper", "2403.06634", "--paper", "2410.17243");

        run.ExitCode.ShouldBe(0, run.AllOutput);
        run.Files.ShouldBe(["daily_papers_2024-03-11.json", "daily_papers_2024-03-12.json", "paper_2403.06634.json", "paper_2410.17243.json", "search_continual-learning.json"]);
        run.Saved("daily_papers_2024-03-12.json").ShouldBe(Shared("daily_papers_2024-03-12.json"));
        run.Saved("daily_papers_2024-03-11.json").ShouldBe("[]"u8.ToArray());
        run.Saved("search_continual-learning.json").ShouldBe(Shared("daily_papers_2025-03-17.json"));
        run.Saved("paper_2403.06634.json").ShouldBe(_hub.Served("/api/papers/2403.06634"));
        run.Saved("paper_2410.17243.json").ShouldBe(_hub.Served("/api/papers/2410.17243"));
        _hub.Seen.Select(s => s.PathAndQuery).ShouldBe(
        [
            "/api/daily_papers?date=2024-03-11&limit=100&p=0",
            March12,
            "/api/papers/search?q=continual%20learning",
            "/api/papers/2403.06634",
            "/api/papers/2410.17243",
        ]);
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(
        [
            "saved\tdaily_papers_2024-03-11.json\t2 bytes",
            $"saved\tdaily_papers_2024-03-12.json\t{Shared("daily_papers_2024-03-12.json").Length} bytes",
            $"saved\tsearch_continual-learning.json\t{Shared("daily_papers_2025-03-17.json").Length} bytes",
            $"saved\tpaper_2403.06634.json\t{_hub.Served("/api/papers/2403.06634").Length} bytes",
            $"saved\tpaper_2410.17243.json\t{_hub.Served("/api/papers/2410.17243").Length} bytes",
        ]);
        run.Error.ShouldBe("5 saved, 0 skipped, 0 failed.\n");
    }

    [Fact]
    public async Task A_rerun_skips_what_is_there_and_force_fetches_it_again()
    {
        using var run = new FetchRun(_hub);
        await run.RunAsync("--date", "2024-03-12", "--paper", "2403.06634");
        File.WriteAllText(Path.Combine(run.Folder, "paper_2403.06634.json"), "{\"id\":\"kept\"}");

        await run.RunAsync("--date", "2024-03-12", "--paper", "2403.06634");

        run.ExitCode.ShouldBe(0, run.AllOutput);
        _hub.Seen.Count.ShouldBe(2);
        run.Out.ShouldBe(
            "skipped\tdaily_papers_2024-03-12.json\talready there (--force fetches it again)\n"
            + "skipped\tpaper_2403.06634.json\talready there (--force fetches it again)\n");
        run.Error.ShouldBe("0 saved, 2 skipped, 0 failed.\n");
        File.ReadAllText(Path.Combine(run.Folder, "paper_2403.06634.json")).ShouldBe("{\"id\":\"kept\"}");

        await run.RunAsync("--paper", "2403.06634", "--force");

        _hub.Seen.Count.ShouldBe(3);
        run.Saved("paper_2403.06634.json").ShouldBe(_hub.Served("/api/papers/2403.06634"));
    }

    [Fact]
    public async Task A_429_is_retried_after_the_delay_its_Retry_After_asks_for()
    {
        _hub.Fault(March12, HubServer.Status(429, retryAfter: "7"));
        using var run = await new FetchRun(_hub).RunAsync("--date", "2024-03-12");

        run.ExitCode.ShouldBe(0, run.AllOutput);
        run.Files.ShouldBe(["daily_papers_2024-03-12.json"]);
        run.Saved("daily_papers_2024-03-12.json").ShouldBe(Shared("daily_papers_2024-03-12.json"));
        _hub.Count(March12).ShouldBe(2);
        run.Clock.Waits.ShouldBe([TimeSpan.FromSeconds(7)]);
        run.Error.ShouldContain($"GET {_hub.Endpoint.AbsoluteUri.TrimEnd('/')}{March12}: HTTP 429 Too Many Requests; attempt 2 in 7 s\n");
    }

    [Fact]
    public async Task Server_errors_are_retried_with_growing_jittered_back_off()
    {
        _hub.Fault(March12, HubServer.Status(500), HubServer.Status(503));
        using var run = await new FetchRun(_hub).RunAsync("--date", "2024-03-12", "--attempts", "3");

        run.ExitCode.ShouldBe(0, run.AllOutput);
        run.Saved("daily_papers_2024-03-12.json").ShouldBe(Shared("daily_papers_2024-03-12.json"));
        _hub.Count(March12).ShouldBe(3);
        run.Clock.Waits.Count.ShouldBe(2);
        run.Clock.Waits.ShouldAllBe(wait => wait > TimeSpan.Zero && wait <= TimeSpan.FromMinutes(1));
        run.Error.ShouldContain("HTTP 500 Internal Server Error; attempt 2 in ");
        run.Error.ShouldContain("HTTP 503 Service Unavailable; attempt 3 in ");
    }

    [Fact]
    public async Task After_the_last_attempt_the_request_is_named_the_rest_is_kept_and_the_exit_code_is_2()
    {
        _hub.Fault(March12, HubServer.Status(500), HubServer.Status(500), HubServer.Status(500));
        using var run = await new FetchRun(_hub).RunAsync("--date", "2024-03-12", "--paper", "2403.06634", "--attempts", "3");

        run.ExitCode.ShouldBe(2);
        run.Files.ShouldBe(["paper_2403.06634.json"]);
        _hub.Count(March12).ShouldBe(3);
        run.Error.ShouldContain($"papers fetch: GET {_hub.Endpoint.AbsoluteUri.TrimEnd('/')}{March12}: failed after 3 attempts: HTTP 500 Internal Server Error\n");
        run.Error.ShouldEndWith("1 saved, 0 skipped, 1 failed.\n");
    }

    [Fact]
    public async Task One_attempt_is_one_request_and_no_retry()
    {
        const string november1 = "/api/daily_papers?date=2025-11-01&limit=100&p=0";
        _hub.Fault(november1, HubServer.Status(500));
        using var run = await new FetchRun(_hub).RunAsync("--date", "2025-11-01", "--attempts", "1");

        run.ExitCode.ShouldBe(2);
        _hub.Count(november1).ShouldBe(1);
        run.Clock.Waits.ShouldBeEmpty();
        run.Error.ShouldBe($"papers fetch: GET {_hub.Endpoint.AbsoluteUri.TrimEnd('/')}{november1}: failed: HTTP 500 Internal Server Error\n0 saved, 0 skipped, 1 failed.\n");

        await run.RunAsync("--date", "2025-11-01", "--attempts", "1");

        run.ExitCode.ShouldBe(0, run.AllOutput);
        run.Files.ShouldBe(["daily_papers_2025-11-01.json"]);
    }

    [Fact]
    public async Task A_response_slower_than_the_timeout_is_abandoned_and_retried()
    {
        _hub.Fault(March12, HubServer.Hang);
        using var run = await new FetchRun(_hub).RunAsync("--date", "2024-03-12", "--timeout", "0.5");

        run.ExitCode.ShouldBe(0, run.AllOutput);
        run.Saved("daily_papers_2024-03-12.json").ShouldBe(Shared("daily_papers_2024-03-12.json"));

        // The hung attempt and the retry that answers; a loaded machine may make that retry outlast 0.5 s too (last
        // CI's failure was this kind of count, in GivingUpTests).
        _hub.Count(March12).ShouldBeInRange(2, 3);
        run.Error.ShouldContain("no complete response within 0.5 s; attempt 2 in ");
    }

    [Fact]
    public async Task A_connection_dropped_mid_body_is_retried_and_never_leaves_a_partial_file()
    {
        _hub.Fault(March12, HubServer.DropMidBody(Shared("daily_papers_2024-03-12.json")));
        using var run = await new FetchRun(_hub).RunAsync("--date", "2024-03-12");

        run.ExitCode.ShouldBe(0, run.AllOutput);
        run.Files.ShouldBe(["daily_papers_2024-03-12.json"]);
        run.Saved("daily_papers_2024-03-12.json").ShouldBe(Shared("daily_papers_2024-03-12.json"));
        _hub.Count(March12).ShouldBe(2);
        run.Error.ShouldContain("connection failed: ");
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_reported_and_not_saved()
    {
        _hub.Fault(March12, HubServer.Body("<html>Bad gateway</html>"));
        using var run = await new FetchRun(_hub).RunAsync("--date", "2024-03-12");

        run.ExitCode.ShouldBe(2);
        run.Files.ShouldBeEmpty();
        _hub.Count(March12).ShouldBe(1);
        run.Error.ShouldStartWith($"papers fetch: GET {_hub.Endpoint.AbsoluteUri.TrimEnd('/')}{March12}: the response is not a JSON array of items with a paper id (not JSON: ");
        run.Error.ShouldContain("); not saved\n");
    }

    [Fact]
    public async Task Valid_JSON_of_the_wrong_shape_is_reported_and_not_saved()
    {
        // The corrupted real file: an array of strings, each a Python repr of an item.
        using var run = await new FetchRun(_hub).RunAsync("--date", "2024-12-11", "--paper", "2403.06634");

        run.ExitCode.ShouldBe(2);
        run.Files.ShouldBe(["paper_2403.06634.json"]);
        run.Error.ShouldContain("/api/daily_papers?date=2024-12-11&limit=100&p=0: the response is not a JSON array of items with a paper id (item 0 is a JSON string without a paper id); not saved\n");
    }

    [Fact]
    public async Task Every_page_of_a_day_is_saved_in_its_own_file_until_a_short_page()
    {
        using var run = await new FetchRun(_hub).RunAsync("--date", "2024-10-25", "--page-size", "10");

        run.ExitCode.ShouldBe(0, run.AllOutput);
        run.Files.ShouldBe(["daily_papers_2024-10-25.json", "daily_papers_2024-10-25_page2.json", "daily_papers_2024-10-25_page3.json"]);
        for (var page = 0; page < 3; page++)
        {
            var fileName = "daily_papers_2024-10-25" + (page > 0 ? $"_page{page + 1}" : string.Empty) + ".json";
            run.Saved(fileName).ShouldBe(_hub.Served($"/api/daily_papers?date=2024-10-25&limit=10&p={page}"));
        }

        _hub.Seen.Count.ShouldBe(3);

        // A rerun after an interruption before the last page resumes there.
        File.Delete(Path.Combine(run.Folder, "daily_papers_2024-10-25_page3.json"));
        await run.RunAsync("--date", "2024-10-25", "--page-size", "10");

        run.Files.Count.ShouldBe(3);
        _hub.Seen.Skip(3).Select(s => s.PathAndQuery).ShouldBe(["/api/daily_papers?date=2024-10-25&limit=10&p=2"]);
        run.Out.ShouldBe(
            "skipped\tdaily_papers_2024-10-25.json\talready there (--force fetches it again)\n"
            + "skipped\tdaily_papers_2024-10-25_page2.json\talready there (--force fetches it again)\n"
            + "saved\tdaily_papers_2024-10-25_page3.json\t" + run.Saved("daily_papers_2024-10-25_page3.json").Length + " bytes\n");
    }

    [Fact]
    public async Task An_empty_further_page_ends_the_day_and_is_not_saved()
    {
        using var run = await new FetchRun(_hub).RunAsync("--date", "2024-03-12", "--page-size", "9");

        run.ExitCode.ShouldBe(0, run.AllOutput);
        run.Files.ShouldBe(["daily_papers_2024-03-12.json"]);
        run.Saved("daily_papers_2024-03-12.json").ShouldBe(Shared("daily_papers_2024-03-12.json"));
        _hub.Seen.Select(s => s.PathAndQuery).ShouldBe(["/api/daily_papers?date=2024-03-12&limit=9&p=0", "/api/daily_papers?date=2024-03-12&limit=9&p=1"]);
    }

    [Fact]
    public async Task Weeks_and_months_use_the_API_parameters_and_name_their_files()
    {
        _hub.ListFiles["week=2024-W43"] = HubFiles.PathOf("daily_papers_2024-10-25.json");
        _hub.ListFiles["month=2025-03"] = HubFiles.PathOf("daily_papers_2025-03-17.json");
        using var run = await new FetchRun(_hub).RunAsync("--week", "2024-W43", "--month", "2025-03");

        run.ExitCode.ShouldBe(0, run.AllOutput);
        run.Files.ShouldBe(["daily_papers_2024-W43.json", "daily_papers_2025-03.json"]);
        run.Saved("daily_papers_2024-W43.json").ShouldBe(Shared("daily_papers_2024-10-25.json"));
        run.Saved("daily_papers_2025-03.json").ShouldBe(Shared("daily_papers_2025-03-17.json"));
        _hub.Seen.Select(s => s.PathAndQuery).ShouldBe(["/api/daily_papers?week=2024-W43&limit=100&p=0", "/api/daily_papers?month=2025-03&limit=100&p=0"]);
    }

    [Fact]
    public async Task HF_TOKEN_is_sent_as_a_bearer_token_and_never_printed()
    {
        const string token = "hf_TestSecretTokenValue123";
        using var run = new FetchRun(_hub).WithVariable("HF_TOKEN", token);
        _hub.Fault(March12, HubServer.Status(500));

        await run.RunAsync("--date", "2024-03-12", "--paper", "2499.99999");
        var fetched = run.AllOutput;
        await run.RunAsync("--date", "2024-03-12", "--dry-run");

        _hub.Seen.ShouldAllBe(s => s.Authorization == "Bearer " + token);
        (fetched + run.AllOutput).ShouldNotContain(token);
        fetched.ShouldContain("/api/papers/2499.99999: failed: HTTP 404 Not Found");
    }

    [Fact]
    public async Task HF_ENDPOINT_says_which_Hub_to_ask_when_there_is_no_endpoint_option()
    {
        using var run = await new FetchRun(_hub).WithVariable("HF_ENDPOINT", _hub.Endpoint.AbsoluteUri).RunAsync("--paper", "2403.06634");

        run.ExitCode.ShouldBe(0, run.AllOutput);
        _hub.Seen.Single().PathAndQuery.ShouldBe("/api/papers/2403.06634");
        _hub.Seen.Single().Authorization.ShouldBeNull();
    }

    [Fact]
    public async Task The_rate_limit_spaces_requests_apart()
    {
        using var run = await new FetchRun(_hub).RunAsync("--paper", "2403.06634", "--paper", "2410.17243", "--paper", "2503.07677", "--rate", "4");

        run.ExitCode.ShouldBe(0, run.AllOutput);
        run.Clock.Waits.ShouldBe([TimeSpan.FromSeconds(0.25), TimeSpan.FromSeconds(0.25)]);
    }

    [Fact]
    public async Task With_concurrency_several_requests_run_at_once_and_each_file_is_still_whole()
    {
        using var run = await new FetchRun(_hub).RunAsync(
            "--date", "2024-03-12", "--paper", "2403.06634", "--paper", "2410.17243", "--paper", "2503.07677", "--concurrency", "3");

        run.ExitCode.ShouldBe(0, run.AllOutput);
        run.Files.ShouldBe(["daily_papers_2024-03-12.json", "paper_2403.06634.json", "paper_2410.17243.json", "paper_2503.07677.json"]);
        run.Saved("daily_papers_2024-03-12.json").ShouldBe(Shared("daily_papers_2024-03-12.json"));
        run.Saved("paper_2503.07677.json").ShouldBe(_hub.Served("/api/papers/2503.07677"));
        run.Error.ShouldBe("4 saved, 0 skipped, 0 failed.\n");
    }

    [Fact]
    public async Task A_dry_run_lists_the_requests_and_fetches_nothing()
    {
        using var run = await new FetchRun(_hub).RunAsync("--date", "2024-03-12", "--query", "diffusion", "--paper", "2403.06634", "--dry-run");

        run.ExitCode.ShouldBe(0);
        run.Files.ShouldBeEmpty();
        _hub.Seen.ShouldBeEmpty();
        var endpoint = _hub.Endpoint.AbsoluteUri.TrimEnd('/');
        run.Out.ShouldBe(
            $"GET {endpoint}{March12}\tdaily_papers_2024-03-12.json\tand further pages while a page is full\n"
            + $"GET {endpoint}/api/papers/search?q=diffusion\tsearch_diffusion.json\n"
            + $"GET {endpoint}/api/papers/2403.06634\tpaper_2403.06634.json\n");
    }

    [Fact]
    public async Task The_last_day_a_date_can_name_is_planned_like_any_other()
    {
        using var run = await new FetchRun(_hub).RunAsync("--date", "9999-12-30", "--to", "9999-12-31", "--dry-run");

        run.ExitCode.ShouldBe(0, run.AllOutput);
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t')[1])
            .ShouldBe(["daily_papers_9999-12-30.json", "daily_papers_9999-12-31.json"]);
    }

    [Fact]
    public async Task An_interrupted_run_keeps_what_it_saved_and_leaves_no_partial_file()
    {
        using var interrupt = new CancellationTokenSource();
        _hub.Fault("/api/papers/2410.17243", async context =>
        {
            await context.Response.StartAsync();
            await context.Response.WriteAsync("[{\"paper\":");
            await interrupt.CancelAsync();
            await HubServer.Hang(context);
        });
        using var run = new FetchRun(_hub);

        await run.RunAsync(["--paper", "2403.06634", "--paper", "2410.17243"], plain: true, interrupt.Token);

        run.ExitCode.ShouldBe(130);
        run.Files.ShouldBe(["paper_2403.06634.json"]);
        run.Error.ShouldBe("Interrupted: 1 saved, 0 skipped, 0 failed.\n");
    }

    [Fact]
    public async Task On_a_terminal_files_are_counted_by_the_progress_display_not_listed()
    {
        using var run = new FetchRun(_hub);

        await run.RunAsync(["--date", "2024-03-12", "--paper", "2403.06634"], plain: false, CancellationToken.None);

        run.ExitCode.ShouldBe(0, run.AllOutput);
        // Spectre draws the live bar only on an interactive terminal; what stays is the count, not a line per file.
        run.Out.ShouldBe("2 saved, 0 skipped, 0 failed.\n");
        run.Files.Count.ShouldBe(2);
    }

    [Fact]
    public void An_output_folder_that_no_path_can_name_is_a_usage_error()
    {
        var run = CliRun.Plain("fetch", "--date", "2025-11-07", "-o", "a\0b");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith("papers fetch: cannot create 'a\0b': ");
    }

    public static TheoryData<string> Examples => [.. PaperDataset.Cli.Fetch.FetchCommand.Examples];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_help_example_parses(string example)
    {
        var args = System.CommandLine.Parsing.CommandLineParser.SplitCommandLine(example).Skip(1).ToArray();

        var parseResult = PapersApp.BuildRoot(new PaperDataset.Cli.Cli.CliContext(new PaperDataset.Cli.Catalogue.CompiledCatalogueSource(), TextWriter.Null, TextWriter.Null, forcePlain: true)).Parse(args);

        parseResult.Errors.ShouldBeEmpty();
        parseResult.CommandResult.Command.Name.ShouldBe("fetch");
    }

    [Theory]
    [InlineData(new[] { "fetch", "-o", "out" }, "papers fetch: say what to fetch: --date, --week, --month, --query or --paper.")]
    [InlineData(new[] { "fetch", "--paper", "../../etc/passwd", "-o", "out" }, "papers fetch: --paper expects an arXiv id like 2403.12345, not '../../etc/passwd'.")]
    [InlineData(new[] { "fetch", "--week", "2025-W60", "-o", "out" }, "papers fetch: --week expects an ISO week like 2025-W45, not '2025-W60'.")]
    [InlineData(new[] { "fetch", "--paper", "2403.06634", "--to", "2025-11-30", "-o", "out" }, "papers fetch: --to needs a --date on or before it.")]
    [InlineData(new[] { "fetch", "--date", "2025-11-07", "--page-size", "101", "-o", "out" }, "papers fetch: --page-size must be 1 to 100.")]
    [InlineData(new[] { "fetch", "--date", "2025-11-07", "--endpoint", "ftp://example.org", "-o", "out" }, "papers fetch: --endpoint must be an http or https URL without a query, not 'ftp://example.org'.")]
    [InlineData(new[] { "fetch", "--date", "2025-11-07", "-o", "" }, "papers fetch: --output needs the name of a folder.")]
    [InlineData(new[] { "fetch", "--date", "2025-02-30", "-o", "out" }, "papers fetch: --date expects a date yyyy-mm-dd, not '2025-02-30'.")]
    [InlineData(new[] { "fetch", "--date", "2025-02-01", "--to", "2025-02-29", "-o", "out" }, "papers fetch: --to expects a date yyyy-mm-dd, not '2025-02-29'.")]
    [InlineData(new[] { "fetch", "--date", "2025-11-07", "--attempts", "0", "-o", "out" }, "papers fetch: --attempts must be 1 or more.")]
    [InlineData(new[] { "fetch", "--date", "2025-11-07", "--timeout", "0.001", "-o", "out" }, "papers fetch: --timeout expects a number of seconds from 0.01 to 86400, not '0.001'.")]
    [InlineData(new[] { "fetch", "--date", "2025-11-07", "--timeout", "Infinity", "-o", "out" }, "papers fetch: --timeout expects a number of seconds from 0.01 to 86400, not 'Infinity'.")]
    [InlineData(new[] { "fetch", "--date", "2025-11-07", "--rate", "0.0000001", "-o", "out" }, "papers fetch: --rate expects a number of requests a second, 0 or from 0.001, not '0.0000001'.")]
    [InlineData(new[] { "fetch", "--date", "2025-11-07", "--rate", "NaN", "-o", "out" }, "papers fetch: --rate expects a number of requests a second, 0 or from 0.001, not 'NaN'.")]
    public void Usage_errors_name_the_problem_and_exit_1(string[] args, string message)
    {
        var run = CliRun.Plain(args);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith(message + "\n");
    }
}
