using System;
using System.Threading;
using System.Threading.Tasks;
using PaperDataset.Cli.Catalogue;
using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests;

/// <summary>The commands read papers from any <see cref="ICatalogueSource"/>, and a command can be cancelled.</summary>
public sealed class CatalogueSourceTests
{
    private static readonly Paper Handmade = TestCatalogue.Paper("Hand-Made Paper: A Test", "An abstract about okapis.", new DateOnly(2024, 5, 1), comments: 2);
    private static readonly Paper Other = TestCatalogue.Paper("Hand-Made Follow-Up", "More about giraffes.", new DateOnly(2023, 5, 1));

    [Fact]
    public void Every_command_uses_the_source_not_the_compiled_catalogue()
    {
        var source = new TestCatalogue([Handmade, Other]);

        CliRun.Over(source, plain: true, "search", "okapis").Column("Id").ShouldBe([Handmade.Id.Value]);
        CliRun.Over(source, plain: true, "show", Handmade.Title).Field("Id").ShouldBe(Handmade.Id.Value);
        CliRun.Over(source, plain: true, "stats").Field("Papers").ShouldBe("2");
        CliRun.Over(source, plain: true, "export", "-f", "csv").Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(3);
    }

    [Fact]
    public void Show_lists_the_candidates_of_an_ambiguous_prefix_from_the_source()
    {
        var run = CliRun.Over(new TestCatalogue([Handmade, Other]), plain: true, "show", "hand made");

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain("'hand made' is the start of 2 ids:");
        run.Error.ShouldContain($"  {Other.Id.Value}  ({Other.Title})");
        run.Error.ShouldContain($"  {Handmade.Id.Value}  ({Handmade.Title})");
        run.Error.ShouldNotContain("no paper has the id or title");
    }

    [Fact]
    public void Diagnostics_go_to_stderr_and_the_papers_are_still_used()
    {
        var source = new TestCatalogue(
            [Handmade],
            new CatalogueDiagnostic("PDS001", CatalogueDiagnosticSeverity.Warning, "a line that belongs to no paper", "scrape.txt", 12),
            new CatalogueDiagnostic("PDS003", CatalogueDiagnosticSeverity.Warning, "no capture date", "other.txt"));

        var run = CliRun.Over(source, plain: true, "export", "-f", "jsonl");

        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBe("scrape.txt(12): warning PDS001: a line that belongs to no paper\nother.txt: warning PDS003: no capture date\n");
        run.Out.ShouldContain(Handmade.Id.Value);
    }

    [Fact]
    public async Task Cancelling_stops_the_command_with_exit_code_130()
    {
        var source = new WaitingSource();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var running = CliRun.OverAsync(source, true, cancellation.Token, "stats");
        await source.Started.Task.WaitAsync(TestContext.Current.CancellationToken);
        await cancellation.CancelAsync();
        var run = await running;

        run.ExitCode.ShouldBe(PapersApp.CancelledExitCode);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe("Cancelled.\n");
    }

    [Fact]
    public async Task An_export_cancelled_before_it_starts_writes_nothing()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var run = await CliRun.OverAsync(new CompiledCatalogueSource(), true, cancellation.Token, "export", "-f", "jsonl");

        run.ExitCode.ShouldBe(PapersApp.CancelledExitCode);
        run.Out.ShouldBeEmpty();
    }

    /// <summary>A source that is still loading when the command is cancelled.</summary>
    private sealed class WaitingSource : ICatalogueSource
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<CatalogueSnapshot> LoadAsync(CancellationToken cancellationToken)
        {
            Started.SetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable: the delay only ends by cancellation");
        }
    }
}
