using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using PaperDataset.Testing;
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
    public async Task Packs_installs_from_a_local_feed_and_runs_stats()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var repo = Repository.Root;
        var feed = Subdirectory("feed");
        var toolPath = Subdirectory("tools");

        var pack = await DotNet.RunAsync(
            repo,
            ["pack", Path.Combine(repo, "src", "PaperDataset.Cli", "PaperDataset.Cli.csproj"),
             "-c", "Release", "-o", feed, "--artifacts-path", Subdirectory("artifacts"),
             "-nodeReuse:false", "-p:UseSharedCompilation=false"],
            timeout: StepTimeout,
            cancellationToken: cancellationToken);
        pack.ExitCode.ShouldBe(0, pack.Output);

        var package = Directory.GetFiles(feed, "PaperDataset.Cli.*.nupkg").ShouldHaveSingleItem();
        var version = Path.GetFileNameWithoutExtension(package)["PaperDataset.Cli.".Length..];
        AssertHasTheReadme(package, repo);

        var config = WriteNuGetConfig(repo, feed);
        var isolated = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = Subdirectory("packages"),
            ["NUGET_HTTP_CACHE_PATH"] = Subdirectory("http-cache"),
            ["DOTNET_CLI_HOME"] = Subdirectory("cli-home"),
        };
        var install = await DotNet.RunAsync(
            _temp.FullName,
            ["tool", "install", "PaperDataset.Cli", "--tool-path", toolPath, "--add-source", feed,
             "--version", version, "--configfile", config],
            isolated,
            StepTimeout,
            cancellationToken);
        install.ExitCode.ShouldBe(0, install.Output);
        Directory.Exists(Path.Combine(toolPath, ".store", "paperdataset.cli", version)).ShouldBeTrue(install.Output);

        var papers = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "papers.exe" : "papers");
        var stats = await DotNet.RunProgramAsync(
            papers,
            _temp.FullName,
            ["stats"],
            new Dictionary<string, string?> { ["DOTNET_ROOT"] = Path.GetDirectoryName(DotNet.HostPath) },
            StepTimeout,
            cancellationToken);

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

    /// <summary>The package page shows src/PaperDataset.Cli/PACKAGE.md, packed as README.md and named in the nuspec.</summary>
    private static void AssertHasTheReadme(string package, string repo)
    {
        using var archive = ZipFile.OpenRead(package);
        using (var readme = new StreamReader(archive.GetEntry("README.md").ShouldNotBeNull("README.md in the package").Open()))
        {
            readme.ReadToEnd().ShouldBe(File.ReadAllText(Path.Combine(repo, "src", "PaperDataset.Cli", "PACKAGE.md")));
        }

        var nuspecEntry = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var nuspec = nuspecEntry.Open();
        XDocument.Load(nuspec).Descendants().Single(e => e.Name.LocalName == "readme").Value.ShouldBe("README.md");
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
}
