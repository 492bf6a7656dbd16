using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

// Compiled into each test project that runs child processes (linked, not referenced), hence internal.
namespace PaperDataset.Testing;

/// <summary>What a finished process said: its standard output and error merged, one line per <c>\n</c>.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, string Output, TimeSpan Duration)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() =>
        $"$ {CommandLine}\n(exit code {ExitCode}, {Duration.TotalSeconds:F1} s)\n{Output}";
}

/// <summary>
/// Runs the .NET CLI that runs the tests, or a program it built, in an environment cleaned of the test host's
/// MSBuild and VSTest variables.
/// </summary>
internal static class DotNet
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The dotnet host running the tests (its SDK builds, its runtime runs what was built): the one the CLI names in
    /// DOTNET_HOST_PATH, else the one of the installation this runtime was loaded from, else the one on PATH.
    /// </summary>
    public static string HostPath { get; } = FindHost();

    /// <summary>Runs <c>dotnet</c> with the arguments and returns its merged output; never throws for a non-zero exit code.</summary>
    /// <param name="environment">Variables to set for the child; a null value removes the variable.</param>
    /// <param name="timeout">How long the child may run before its process tree is killed; 10 minutes by default.</param>
    /// <exception cref="TimeoutException">The timeout passed or <paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<ProcessResult> RunAsync(
        string workingDirectory,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default) =>
        RunProgramAsync(HostPath, workingDirectory, arguments, environment, timeout, cancellationToken);

    /// <summary>Runs a program with the arguments and returns its merged output; never throws for a non-zero exit code.</summary>
    /// <param name="environment">Variables to set for the child; a null value removes the variable.</param>
    /// <param name="timeout">How long the child may run before its process tree is killed; 10 minutes by default.</param>
    /// <exception cref="TimeoutException">The timeout passed or <paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<ProcessResult> RunProgramAsync(
        string program,
        string workingDirectory,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` hands MSBuild's and VSTest's variables to the test host; a child build must not inherit them
        // (they pin SDK paths, build node and test host state).
        foreach (var key in start.Environment.Keys.Where(IsInheritedHostVariable).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        var commandLine = (program == HostPath ? "dotnet" : program) + " " + string.Join(' ', start.ArgumentList.Select(a => a.Contains(' ') ? $"\"{a}\"" : a));
        var output = new StringBuilder();
        var gate = new object();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"Timed out or cancelled after {stopwatch.Elapsed.TotalSeconds:F0} s: {commandLine}\n{Text()}");
        }

        process.WaitForExit(); // drains the redirected streams
        stopwatch.Stop();
        return new ProcessResult(commandLine, process.ExitCode, Text(), stopwatch.Elapsed);

        // '\n' rather than AppendLine, so that callers match output lines the same way on every platform.
        void Append(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    output.Append(line).Append('\n');
                }
            }
        }

        string Text()
        {
            lock (gate)
            {
                return output.ToString();
            }
        }
    }

    private static string FindHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        // DOTNET_ROOT/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → DOTNET_ROOT, the installation root.
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(candidate) ? candidate : "dotnet";
    }

    private static bool IsInheritedHostVariable(string key) =>
        key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase);
}
