using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests;

/// <summary>
/// Packs <c>papers</c> as a .NET tool, installs it from a local feed into a temporary tool path with an
/// isolated NuGet configuration and package folder, and runs <c>papers stats</c> from there.
/// Builds into a temporary artifacts folder, so it never touches the repository's bin/obj.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(8);

    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("papers-tool-");

    [Fact]
    [Trait("Category", "Tool")]
    public void Packs_installs_from_a_local_feed_and_runs_stats()
    {
        var repo = RepositoryRoot();
        var dotnet = DotnetHost();
        var feed = Subdirectory("feed");
        var toolPath = Subdirectory("tools");

        var pack = RunProcess(
            dotnet,
            ["pack", Path.Combine(repo, "src", "PaperDataset.Cli", "PaperDataset.Cli.csproj"),
             "-c", "Release", "-o", feed, "--artifacts-path", Subdirectory("artifacts"),
             "-nodeReuse:false", "-p:UseSharedCompilation=false"],
            repo,
            new Dictionary<string, string?>());
        pack.ExitCode.ShouldBe(0, pack.Output);

        var package = Directory.GetFiles(feed, "PaperDataset.Cli.*.nupkg").ShouldHaveSingleItem();
        var version = Path.GetFileNameWithoutExtension(package)["PaperDataset.Cli.".Length..];

        var config = WriteNuGetConfig(repo, feed);
        var isolated = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = Subdirectory("packages"),
            ["NUGET_HTTP_CACHE_PATH"] = Subdirectory("http-cache"),
            ["DOTNET_CLI_HOME"] = Subdirectory("cli-home"),
        };
        var install = RunProcess(
            dotnet,
            ["tool", "install", "PaperDataset.Cli", "--tool-path", toolPath, "--add-source", feed,
             "--version", version, "--configfile", config],
            _temp.FullName,
            isolated);
        install.ExitCode.ShouldBe(0, install.Output);
        Directory.Exists(Path.Combine(toolPath, ".store", "paperdataset.cli", version)).ShouldBeTrue(install.Output);

        var papers = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "papers.exe" : "papers");
        var stats = RunProcess(
            papers,
            ["stats"],
            _temp.FullName,
            new Dictionary<string, string?> { ["DOTNET_ROOT"] = Path.GetDirectoryName(dotnet) });

        stats.ExitCode.ShouldBe(0, stats.Output);
        stats.Output.ShouldContain($"Papers\t{Papers.Count}\n");
    }

    public void Dispose()
    {
        try
        {
            _temp.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned up by the system eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private string Subdirectory(string name) => Directory.CreateDirectory(Path.Combine(_temp.FullName, name)).FullName;

    /// <summary>A nuget.config whose sources are the local feed plus every source of the repository's own config.</summary>
    private string WriteNuGetConfig(string repo, string feed)
    {
        var repoSources = XDocument.Load(Path.Combine(repo, "nuget.config"))
            .Descendants("packageSources").Elements("add")
            .Select(add => new XElement("add", new XAttribute("key", (string?)add.Attribute("key") ?? "source"), new XAttribute("value", (string?)add.Attribute("value") ?? string.Empty)));
        var config = new XDocument(
            new XElement("configuration",
                new XElement("packageSources",
                    new XElement("clear"),
                    new XElement("add", new XAttribute("key", "papers-local-feed"), new XAttribute("value", feed)),
                    repoSources)));
        var path = Path.Combine(_temp.FullName, "nuget.config");
        config.Save(path);
        return path;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props"))
                && Directory.Exists(Path.Combine(directory.FullName, "src", "PaperDataset.Cli")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The dotnet executable running this test (its SDK packs; its runtime runs the tool).</summary>
    private static string DotnetHost()
    {
        var exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        // .../shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → the installation root.
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var candidate = Path.Combine(root, exe);
        return File.Exists(candidate) ? candidate : exe;
    }

    private static (int ExitCode, string Output) RunProcess(string fileName, string[] arguments, string workingDirectory, Dictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild/VSTest: keep their settings from leaking into the child build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(StepTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{fileName} {string.Join(' ', arguments)}' did not finish in {StepTimeout}:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(line).Append('\n');
        }
    }
}
