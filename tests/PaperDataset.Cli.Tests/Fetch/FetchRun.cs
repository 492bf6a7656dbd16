using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using PaperDataset.Cli.Cli;
using PaperDataset.Cli.Fetch;
using Shouldly;

namespace PaperDataset.Cli.Tests.Fetch;

/// <summary>
/// Runs <c>papers fetch</c> in-process with its environment variables and delay clock injected (so tests neither
/// touch the process environment nor sleep), into a fresh folder.
/// </summary>
internal sealed partial class FetchRun : IDisposable
{
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);

    public FetchRun(HubServer hub)
    {
        Hub = hub;
        Directory.CreateDirectory(Folder);
    }

    public HubServer Hub { get; }

    public VirtualClock Clock { get; } = new();

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "papers-fetch-tests", Guid.NewGuid().ToString("N"));

    public int ExitCode { get; private set; }

    public string Out { get; private set; } = string.Empty;

    public string Error { get; private set; } = string.Empty;

    public string AllOutput => Out + Error;

    /// <summary>Every file in the output folder by name, temporary ones included.</summary>
    public IReadOnlyList<string> Files => [.. Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Cast<string>()];

    public FetchRun WithVariable(string name, string value)
    {
        _variables[name] = value;
        return this;
    }

    /// <summary>Runs with plain output, against the fake Hub (<c>--endpoint</c>), no rate limit unless the arguments set one.</summary>
    public Task<FetchRun> RunAsync(params string[] args) => RunAsync(args, plain: true, CancellationToken.None);

    public async Task<FetchRun> RunAsync(string[] args, bool plain, CancellationToken cancellationToken)
    {
        string[] defaults = [.. args.Contains("--endpoint") || _variables.ContainsKey("HF_ENDPOINT") ? [] : new[] { "--endpoint", Hub.Endpoint.AbsoluteUri },
            .. args.Contains("--rate") ? [] : new[] { "--rate", "0" }, "-o", Folder];
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var context = new CliContext(new PaperDataset.Cli.Catalogue.CompiledCatalogueSource(), stdout, stderr, plain);
        var environment = new FetchEnvironment(name => _variables.GetValueOrDefault(name), Clock);
        var root = new RootCommand { FetchCommand.Create(context, environment) };
        var parseResult = root.Parse(["fetch", .. args, .. defaults]);
        parseResult.Errors.ShouldBeEmpty();
        ExitCode = await parseResult.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
        Out = plain ? stdout.ToString() : AnsiEscape().Replace(stdout.ToString(), string.Empty);
        Error = stderr.ToString();
        return this;
    }

    public byte[] Saved(string fileName) => File.ReadAllBytes(Path.Combine(Folder, fileName));

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiEscape();
}
