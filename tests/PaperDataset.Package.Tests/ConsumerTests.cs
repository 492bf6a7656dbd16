using System.Text.Json;
using PaperDataset.Package.Tests.Infrastructure;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Package.Tests;

/// <summary>
/// The packages as a user meets them: the projects under tests/consumers (not in the solution) reference the
/// freshly packed packages by PackageReference, restore them from a temporary feed into an empty packages folder,
/// build with warnings as errors, and run their own checks.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class ConsumerTests(PackedPackages packages, ITestOutputHelper output)
{
    [Fact]
    public async Task Package_consumer_builds_against_the_packed_PaperDataset_and_its_LINQ_checks_pass()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var workspace = ConsumerWorkspace.Create(packages, "package-consumer");

        var build = await workspace.BuildAsync("PackageConsumer", cancellation);
        output.WriteLine($"build: {build.Duration.TotalSeconds:F1} s");
        build.Succeeded.ShouldBeTrue(build.ToString());
        var run = await workspace.RunAsync("PackageConsumer", cancellation);
        output.WriteLine($"run: {run.Duration.TotalSeconds:F1} s\n{run.Output}");
        run.Succeeded.ShouldBeTrue(run.ToString());
        run.Output.ShouldContain("all checks passed");

        // The packed package, and nothing else, is what the consumer compiled against.
        ShouldHaveRestoredFromTheFeed(workspace, "PackageConsumer", packages.Dataset);
        CompiledAssetOf(workspace, "PackageConsumer", "net10.0", packages.Dataset).ShouldBe("lib/net10.0/PaperDataset.dll");
        Directory.Exists(Path.Combine(workspace.PackagesFolder, "paperdataset.generator")).ShouldBeFalse("the generator must not flow to PaperDataset's users");
        Directory.Exists(Path.Combine(workspace.PackagesFolder, "microsoft.codeanalysis.csharp")).ShouldBeFalse("Roslyn must not flow to PaperDataset's users");

        // The packaged library answers exactly as the repository's project does.
        var reported = run.Output.Split('\n', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        foreach (var line in ExpectedReport())
        {
            reported.ShouldContain(line);
        }
    }

    [Fact]
    public async Task Package_consumer_publishes_as_native_AOT_without_trim_or_AOT_warnings_and_still_passes()
    {
        // The library's JSON export and catalogue are reflection-free: the whole program compiles ahead of time,
        // with ILLink's and ILC's warnings as errors (TreatWarningsAsErrors in tests/consumers/Directory.Build.props).
        var cancellation = TestContext.Current.CancellationToken;
        var workspace = ConsumerWorkspace.Create(packages, "package-consumer-aot");

        var publish = await workspace.PublishNativeAsync("PackageConsumer", cancellation);
        output.WriteLine($"publish (Native AOT): {publish.Duration.TotalSeconds:F1} s");
        publish.Succeeded.ShouldBeTrue(publish.ToString());
        publish.Output.ShouldNotContain("warning IL", Case.Sensitive);
        var run = await workspace.RunPublishedAsync("PackageConsumer", ConsumerWorkspace.NativeFolder, cancellation);
        output.WriteLine($"run: {run.Duration.TotalSeconds:F1} s");
        run.Succeeded.ShouldBeTrue(run.ToString());
        run.Output.ShouldContain("all checks passed");
        ShouldHaveRestoredFromTheFeed(workspace, "PackageConsumer", packages.Dataset);
    }

    [Fact]
    public async Task Package_consumer_on_NET_8_compiles_against_lib_net8_runs_on_the_NET_8_runtime_and_reports_the_same_catalogue()
    {
        // The machine's SDK may carry only a newer runtime: the .NET 8 targeting and runtime packs restore from NuGet, and the
        // self-contained executable carries the real .NET 8 runtime with it.
        var cancellation = TestContext.Current.CancellationToken;
        var workspace = ConsumerWorkspace.Create(packages, "net8-consumer");

        var publish = await workspace.PublishSelfContainedAsync("Net8Consumer", cancellation);
        output.WriteLine($"publish (self-contained, net8.0): {publish.Duration.TotalSeconds:F1} s");
        publish.Succeeded.ShouldBeTrue(publish.ToString());
        var run = await workspace.RunPublishedAsync("Net8Consumer", ConsumerWorkspace.SelfContainedFolder, cancellation);
        output.WriteLine($"run: {run.Duration.TotalSeconds:F1} s\n{run.Output}");
        run.Succeeded.ShouldBeTrue(run.ToString());
        run.Output.ShouldContain("runtime .NET 8.0.", Case.Sensitive);
        run.Output.ShouldContain("all checks passed");

        ShouldHaveRestoredFromTheFeed(workspace, "Net8Consumer", packages.Dataset);
        CompiledAssetOf(workspace, "Net8Consumer", "net8.0", packages.Dataset).ShouldBe("lib/net8.0/PaperDataset.dll");
        var reported = run.Output.Split('\n', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        foreach (var line in ExpectedReport())
        {
            reported.ShouldContain(line);
        }
    }

    [Fact]
    public async Task Generator_consumer_compiles_its_own_scrapes_into_the_configured_namespace_and_class()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var workspace = ConsumerWorkspace.Create(packages, "generator-consumer");

        var build = await workspace.BuildAsync("GeneratorConsumer", cancellation);
        output.WriteLine($"build: {build.Duration.TotalSeconds:F1} s");
        build.Succeeded.ShouldBeTrue(build.ToString());
        build.Output.ShouldNotContain("warning PDS", Case.Sensitive, "the consumer's scrapes are clean");
        var run = await workspace.RunAsync("GeneratorConsumer", cancellation);
        output.WriteLine($"run: {run.Duration.TotalSeconds:F1} s\n{run.Output}");
        run.Succeeded.ShouldBeTrue(run.ToString());
        run.Output.ShouldContain("all checks passed");

        ShouldHaveRestoredFromTheFeed(workspace, "GeneratorConsumer", packages.Generator);
        var binaries = Path.Combine(workspace.Root, "GeneratorConsumer", "bin", "Release", "net10.0");
        File.Exists(Path.Combine(binaries, "PaperDataset.Generator.dll")).ShouldBeFalse("the generator is a build-time analyzer, not a runtime dependency");
        File.Exists(Path.Combine(binaries, "Microsoft.CodeAnalysis.dll")).ShouldBeFalse();
    }

    [Fact]
    public async Task Generator_consumer_compiles_the_hubs_json_into_papers_with_arxiv_ids()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var workspace = ConsumerWorkspace.Create(packages, "hub-json-consumer");

        var sarif = Path.Combine(workspace.Root, "hub.sarif");

        var build = await workspace.BuildAsync(
            "HubJsonConsumer", cancellation, $"-p:HubApiFolder={HubFiles.Bundled}", $"-p:CorruptedHubFile={HubFiles.Corrupted}", $"-p:ErrorLog={sarif}%2Cversion=2.1");
        output.WriteLine($"build: {build.Duration.TotalSeconds:F1} s");
        build.Succeeded.ShouldBeTrue(build.ToString());
        build.Output.ShouldContain("warning PDS017", Case.Sensitive, "the corrupted download is named, lowered from an error by the consumer's .globalconfig");

        // The compiler took the build task's summary instead of reading the files again: else PDS024 (info, so in the
        // SARIF log and not in the console) says why. The summary carried the reading's warning above.
        var reported = File.ReadAllText(sarif);
        reported.ShouldContain("\"PDS017\"");
        reported.ShouldNotContain("\"PDS024\"");
        File.ReadAllText(Path.Combine(workspace.Root, "HubJsonConsumer", "obj", "Release", "net10.0", "PaperDataset.Catalogue.summary"))
            .ShouldStartWith("29:PaperDataset.CatalogueSummary");
        var run = await workspace.RunAsync("HubJsonConsumer", cancellation);
        output.WriteLine($"run: {run.Duration.TotalSeconds:F1} s\n{run.Output}");
        run.Succeeded.ShouldBeTrue(run.ToString());
        run.Output.ShouldContain("all checks passed");
        run.Output.ShouldContain("2503.07677");
        ShouldHoldOnlyWhatPapersExpose(Path.Combine(workspace.Root, "HubJsonConsumer", "bin", "Release", "net10.0", "HubJsonConsumer.dll"));
    }

    [Fact]
    public async Task Removing_a_source_file_and_building_again_lays_out_the_storage_anew_and_the_compiler_still_takes_the_summary()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var workspace = ConsumerWorkspace.Create(packages, "hub-json-file-removed");
        var folder = Path.Combine(workspace.Root, "hub");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(HubFiles.Bundled, "daily_papers_*.json"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var first = await workspace.BuildAsync("HubJsonConsumer", cancellation, $"-p:HubApiFolder={folder}", $"-p:CorruptedHubFile={HubFiles.Corrupted}");
        first.Succeeded.ShouldBeTrue(first.ToString());
        var removed = Path.Combine(folder, "daily_papers_2024-03-12.json");
        var left = 63 - JsonDocument.Parse(File.ReadAllText(removed)).RootElement.GetArrayLength();
        File.Delete(removed);
        var sarif = Path.Combine(workspace.Root, "second.sarif");

        // No time stamp changed: only the list of sources did.
        var second = await workspace.BuildAsync("HubJsonConsumer", cancellation, $"-p:HubApiFolder={folder}", $"-p:CorruptedHubFile={HubFiles.Corrupted}", $"-p:ErrorLog={sarif}%2Cversion=2.1");
        output.WriteLine($"builds: {first.Duration.TotalSeconds:F1} s, then {second.Duration.TotalSeconds:F1} s");
        second.Succeeded.ShouldBeTrue(second.ToString());
        File.ReadAllText(sarif).ShouldNotContain("\"PDS024\"");
        var run = await workspace.RunAsync("HubJsonConsumer", cancellation, left.ToString(System.Globalization.CultureInfo.InvariantCulture));
        run.Succeeded.ShouldBeTrue(run.ToString());
        run.Output.ShouldContain($"ok: {left} papers");
    }

    /// <summary>
    /// The assembly's one resource is the catalogue's storage: no source file whole, and none of what the Hub's JSON holds
    /// that no paper exposes (member names, ids, avatars and media URLs, escapes).
    /// </summary>
    private static void ShouldHoldOnlyWhatPapersExpose(string assembly)
    {
        var resources = ManifestResources.Of(assembly);
        resources.Keys.ShouldBe(["PaperDataset.Catalogue"]);
        var storage = resources["PaperDataset.Catalogue"];
        var text = System.Text.Encoding.UTF8.GetString(storage);
        foreach (var path in Directory.GetFiles(HubFiles.Bundled, "*.json"))
        {
            File.ReadAllBytes(path).AsSpan().SequenceEqual(storage).ShouldBeFalse(path);
            var json = File.ReadAllText(path);
            json.ShouldContain("\"summary\"");
            foreach (var hidden in HiddenValues(JsonDocument.Parse(json).RootElement))
            {
                text.ShouldNotContain(hidden, Case.Sensitive, $"{Path.GetFileName(path)} holds it, no paper exposes it");
            }
        }
    }

    /// <summary>Every member name as the JSON writes it, and every value of the members no paper exposes.</summary>
    private static IEnumerable<string> HiddenValues(JsonElement element)
    {
        string[] unexposed = ["_id", "avatarUrl", "mediaUrl", "mediaUrls", "thumbnail"];
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().SelectMany(HiddenValues);
        }

        return element.ValueKind != JsonValueKind.Object ? [] : element.EnumerateObject().SelectMany(member =>
            new[] { $"\"{member.Name}\":" }
                .Concat(unexposed.Contains(member.Name) && member.Value.ValueKind == JsonValueKind.String && member.Value.GetString() is { Length: > 0 } value ? [value] : [])
                .Concat(HiddenValues(member.Value)));
    }

    [Fact]
    public async Task A_truncated_JSON_file_fails_the_build_with_PDS016_and_builds_without_it_once_a_globalconfig_lowers_the_rule()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var workspace = ConsumerWorkspace.Create(packages, "unreadable-source-consumer");

        var failed = await workspace.BuildAsync("UnreadableSourceConsumer", cancellation);
        output.WriteLine($"build: {failed.Duration.TotalSeconds:F1} s");
        failed.Succeeded.ShouldBeFalse(failed.ToString());
        Errors(failed).Select(error => error.Id).ShouldBe(["PDS016"], failed.ToString());
        failed.Output.ShouldContain("2025-03-18.json(6,", Case.Sensitive, "the error is at the file and line where it is cut");
        failed.Output.ShouldContain("set dotnet_diagnostic.PDS016.severity = warning in a .globalconfig", Case.Sensitive);

        // The way the message gives: an .editorconfig section would not reach a diagnostic in an AdditionalFiles item.
        File.WriteAllText(Path.Combine(workspace.Root, "UnreadableSourceConsumer", ".globalconfig"), "is_global = true\ndotnet_diagnostic.PDS016.severity = warning\n");
        var sarif = Path.Combine(workspace.Root, "build.sarif");
        var lowered = await workspace.BuildAsync("UnreadableSourceConsumer", cancellation, $"-p:ErrorLog={sarif}%2Cversion=2.1");
        output.WriteLine($"build with PDS016 lowered: {lowered.Duration.TotalSeconds:F1} s");
        lowered.Succeeded.ShouldBeTrue(lowered.ToString());
        lowered.Output.ShouldContain("warning PDS016", Case.Sensitive);
        lowered.Output.ShouldContain("warning PDS023", Case.Sensitive, "the stray value beside the good file's paper");

        // Every PDS rule in the SARIF log carries its help link, the section named after it: the generator's rules in
        // docs/diagnostics.md, the key analyzer's (PDS1xx, listed whether or not they fired) in docs/analyzers.md.
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var rules = log.RootElement.GetProperty("runs").EnumerateArray()
            .SelectMany(run => run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray())
            .Where(rule => rule.GetProperty("id").GetString()!.StartsWith("PDS", StringComparison.Ordinal))
            .ToDictionary(rule => rule.GetProperty("id").GetString()!, rule => rule.TryGetProperty("helpUri", out var uri) ? uri.GetString() : null);
        rules.Keys.Where(id => !id.StartsWith("PDS1", StringComparison.Ordinal)).ShouldBe(["PDS016", "PDS023"], ignoreOrder: true);
        foreach (var (id, helpUri) in rules)
        {
            var page = id.StartsWith("PDS1", StringComparison.Ordinal) ? "analyzers.md" : "diagnostics.md";
            helpUri.ShouldBe($"https://github.com/paperdataset/PaperDataset/blob/main/docs/{page}#{id.ToLowerInvariant()}");
        }
    }

    [Fact]
    public async Task AdditionalFiles_without_PaperDatasetScrape_get_PDS022_which_names_them_and_shows_the_line_to_add()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var workspace = ConsumerWorkspace.Create(packages, "unmarked-source-consumer");

        var build = await workspace.BuildAsync("UnreadableSourceConsumer", cancellation, "-p:MarkPapers=false");
        output.WriteLine($"build: {build.Duration.TotalSeconds:F1} s");
        build.Succeeded.ShouldBeFalse(build.ToString());
        Errors(build).Select(error => error.Id).ShouldBe(["CS0103"], build.ToString());
        build.Output.ShouldContain(
            "warning PDS022: The PaperDataset generator is referenced but no AdditionalFiles item has PaperDatasetScrape=\"true\", so no catalogue is generated "
            + "(AdditionalFiles that look like papers sources: papers/2025-03-17.json, papers/2025-03-18.json). "
            + "Mark the files to read, for instance: <AdditionalFiles Include=\"papers/*.json\" PaperDatasetScrape=\"true\" />.",
            Case.Sensitive);
        build.Output.ShouldNotContain("PDS016", Case.Sensitive, "unmarked files are not read");
    }

    [Fact]
    public async Task A_netstandard2_0_LangVersion_11_library_gets_exactly_one_PDS015_and_no_compiler_error_in_generated_code()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var workspace = ConsumerWorkspace.Create(packages, "netstandard-consumer");

        var build = await workspace.BuildAsync("NetStandardConsumer", cancellation);
        output.WriteLine($"build: {build.Duration.TotalSeconds:F1} s");
        build.Succeeded.ShouldBeFalse(build.ToString());

        var error = Errors(build).ShouldHaveSingleItem(build.ToString());
        error.Id.ShouldBe("PDS015");
        error.Message.ShouldStartWith("The PaperDataset catalogue was not generated: its code needs APIs of .NET 8 or later (the project lacks System.DateOnly, ", Case.Sensitive);
        error.Message.ShouldNotContain("LangVersion", Case.Sensitive, "C# 11 is enough, so only the framework is named");
        error.Message.ShouldContain("<TargetFramework>net8.0</TargetFramework>", Case.Sensitive);
        build.Output.ShouldNotContain(".g.cs", Case.Sensitive, "nothing is generated, so no compiler error can point into a generated file");
        ShouldHaveRestoredFromTheFeed(workspace, "NetStandardConsumer", packages.Generator);

        // The same project for .NET 8, still with LangVersion 11: the generated code needs nothing newer, so it builds.
        var net8 = await workspace.BuildAsync("NetStandardConsumer", cancellation, "-p:LibraryTargetFramework=net8.0");
        output.WriteLine($"build for net8.0: {net8.Duration.TotalSeconds:F1} s");
        net8.Succeeded.ShouldBeTrue(net8.ToString());
        net8.Output.ShouldNotContain("PDS015", Case.Sensitive);
    }

    /// <summary>The distinct errors of a build (MSBuild repeats each in its summary), without the project MSBuild appends.</summary>
    private static List<(string Id, string Message)> Errors(ProcessResult build) =>
        build.Output.Split('\n', StringSplitOptions.TrimEntries)
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"error (?<id>[A-Z]+\d+): (?<message>.*?)( \[[^\]]*\])?$"))
            .Where(match => match.Success)
            .Select(match => (Id: match.Groups["id"].Value, Message: match.Groups["message"].Value))
            .Distinct()
            .ToList();

    /// <summary>The lines PackageConsumer prints, computed here from the project reference.</summary>
    private static IEnumerable<string> ExpectedReport()
    {
        yield return $"count {Papers.Count}";
        foreach (var year in Papers.All.Where(p => p.PublishedOn is not null).GroupBy(p => p.PublishedOn!.Value.Year).OrderBy(g => g.Key))
        {
            yield return $"year {year.Key} {year.Count()}";
        }

        yield return $"undated {Papers.All.Count(p => p.PublishedOn is null)}";
        yield return "search continual " + string.Join(';', Papers.All.Where(p => p.Title.Contains("continual", StringComparison.OrdinalIgnoreCase)).Select(p => p.Id.Value));
        var known = Papers.Known.ContinualLearningNotTrainingOnlineAdaptationForAgents;
        yield return $"known {known.Id} {known.PublishedOn:yyyy-MM-dd} authors={known.AuthorCount}";
        yield return "sample 5 42 " + string.Join(';', Papers.Sample(5, 42).Select(p => p.Id.Value));
    }

    /// <summary>The one assembly the project compiled against from <paramref name="package"/>, as the assets file records it.</summary>
    private static string CompiledAssetOf(ConsumerWorkspace workspace, string project, string targetFramework, PackageFile package)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(workspace.Root, project, "obj", "project.assets.json")));
        var library = assets.RootElement.GetProperty("targets").GetProperty(targetFramework).GetProperty($"{package.Id}/{package.Version}");
        return library.GetProperty("compile").EnumerateObject().Single().Name;
    }

    /// <summary>The assets file names this package and version, from this workspace's packages folder, with the packed archive's hash.</summary>
    private static void ShouldHaveRestoredFromTheFeed(ConsumerWorkspace workspace, string project, PackageFile package)
    {
        var assetsPath = Path.Combine(workspace.Root, project, "obj", "project.assets.json");
        using var assets = JsonDocument.Parse(File.ReadAllText(assetsPath));
        var libraries = assets.RootElement.GetProperty("libraries");
        libraries.TryGetProperty($"{package.Id}/{package.Version}", out _).ShouldBeTrue($"{package.Id} {package.Version} is not in {assetsPath}");
        var packageFolders = assets.RootElement.GetProperty("packageFolders").EnumerateObject().Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p.Name))).ToList();
        packageFolders.ShouldBe([Path.TrimEndingDirectorySeparator(Path.GetFullPath(workspace.PackagesFolder))], "the consumer must restore into its own empty packages folder");

        var extracted = workspace.ExtractedPackage(package);
        var hashFile = Path.Combine(extracted, $"{package.Id.ToLowerInvariant()}.{package.Version.ToLowerInvariant()}.nupkg.sha512");
        File.ReadAllText(hashFile).Trim().ShouldBe(package.Sha512, "the restored package is the one just packed");
    }
}
