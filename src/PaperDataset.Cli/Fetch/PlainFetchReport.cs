using System;
using System.IO;
using System.Threading.Tasks;

namespace PaperDataset.Cli.Fetch;

/// <summary>Redirected output: one tab-separated line per file on standard output; retries, errors and the summary on standard error.</summary>
internal sealed class PlainFetchReport(TextWriter output, TextWriter error) : FetchReport
{
    private readonly object _lock = new();

    public override Task<int> RunAsync(int plannedRequests, Func<Task<int>> fetch) => fetch();

    public override void FurtherPagePlanned()
    {
    }

    public override void DryRun(HubRequest request, bool mayHaveMorePages) =>
        Write(output, $"{request}\t{request.FileName}" + (mayHaveMorePages ? "\tand further pages while a page is full" : string.Empty));

    public override void Finish(bool interrupted) => Write(error, Summary(interrupted));

    protected override void Done(HubRequest request, string? line)
    {
        if (line is not null)
        {
            Write(output, line);
        }
    }

    protected override void Note(string text) => Write(error, text);

    protected override void Error(string text) => Write(error, "papers fetch: " + text);

    private void Write(TextWriter writer, string line)
    {
        lock (_lock)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }
}
