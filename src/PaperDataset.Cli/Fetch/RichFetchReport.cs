using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PaperDataset.Cli.Fetch;

/// <summary>A terminal: a live progress bar with done/planned requests and the request rate; retries and errors print above it.</summary>
internal sealed class RichFetchReport(TextWriter output) : FetchReport
{
    private readonly IAnsiConsole _console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(output),
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        Interactive = InteractionSupport.Detect,
    });

    private ProgressTask? _task;

    public override Task<int> RunAsync(int plannedRequests, Func<Task<int>> fetch) =>
        _console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new RequestCountColumn(), new RequestRateColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                _task = context.AddTask(Counts(), maxValue: plannedRequests);
                var exitCode = await fetch();
                _task.StopTask();
                return exitCode;
            });

    public override void FurtherPagePlanned()
    {
        if (_task is not null)
        {
            _task.MaxValue += 1;
        }
    }

    public override void DryRun(HubRequest request, bool mayHaveMorePages) =>
        _console.MarkupLine(
            $"{Markup.Escape(request.ToString())} [grey]→[/] {Markup.Escape(request.FileName)}"
            + (mayHaveMorePages ? " [grey](and further pages while a page is full)[/]" : string.Empty));

    public override void Finish(bool interrupted) => _console.MarkupLine(Markup.Escape(Summary(interrupted)));

    protected override void Done(HubRequest request, string? line)
    {
        if (_task is not null)
        {
            _task.Increment(1);
            _task.Description = Counts();
        }
    }

    protected override void Note(string text) => _console.MarkupLine($"[grey]{Markup.Escape(text)}[/]");

    protected override void Error(string text) => _console.MarkupLine($"[red]{Markup.Escape(text)}[/]");

    private string Counts() => string.Create(CultureInfo.InvariantCulture, $"{Saved} saved, {Skipped} skipped, {Failed} failed");

    /// <summary>Requests done out of those planned so far (further pages add to the plan as they are found).</summary>
    private sealed class RequestCountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:0}/{task.MaxValue:0}"));
    }

    private sealed class RequestRateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Speed ?? 0:0.0} req/s"), new Style(Color.Grey));
    }
}
