using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Security;
using System.Text;
using System.Threading.Tasks;
using PaperDataset.Generator;
using PaperDataset.Synthetic;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Scale.Tests;

/// <summary>
/// A 10,000-paper catalogue (about 16 MB of scrape text) built by `dotnet build` exactly as a user of the generator package
/// builds one: the generator dll as an analyzer, the package's buildTransitive props and targets imported, the scrapes as AdditionalFiles
/// with per-file capture dates, warnings as errors. Past about 5,300 papers, one string literal per title or abstract fails
/// with CS8103, so a regression of the storage to per-string literals fails here.
/// </summary>
public sealed class MsBuildCatalogueTests
{
    private const int PaperCount = 10_000;
    private const string Namespace = "Scale.Catalogue";

    [Fact]
    public async Task A_10k_paper_catalogue_builds_with_dotnet_build_and_holds_every_paper_of_the_ground_truth()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var corpus = SyntheticGeneration.Corpus(PaperCount);
        var root = Path.Combine(Path.GetTempPath(), "paperdataset-scale-tests", "msbuild-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var scrapes = corpus.WriteTo(Path.Combine(root, "scrapes"));
            WriteConsumerProject(root, corpus, scrapes);

            var build = await DotNet.RunAsync(
                root,
                ["build", "Catalogue.csproj", "-c", "Release", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false"],
                timeout: TimeSpan.FromMinutes(10),
                cancellationToken: cancellationToken);

            build.ExitCode.ShouldBe(0, build.ToString());
            System.Text.RegularExpressions.Regex.IsMatch(build.Output, @"\bwarning [A-Z]+[0-9]+").ShouldBeFalse(build.ToString());

            var assembly = Path.Combine(root, "bin", "Release", "net10.0", "Catalogue.dll");
            File.Exists(assembly).ShouldBeTrue(build.ToString());
            AssertHoldsGroundTruth(assembly, corpus);

            // Steady state allocates nothing at this size either: the program counts its own allocations.
            var run = await DotNet.RunAsync(root, [assembly], timeout: TimeSpan.FromMinutes(2), cancellationToken: cancellationToken);
            run.ExitCode.ShouldBe(0, run.ToString());
            run.Output.Trim().ShouldBe($"papers={PaperCount} steady-state-allocated=0", run.ToString());
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>A user's project: standalone (no repository build settings), referencing the generator as its package does.</summary>
    private static void WriteConsumerProject(string root, SyntheticCorpus corpus, IReadOnlyList<string> scrapes)
    {
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(
            Path.Combine(root, "Directory.Packages.props"),
            "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>\n");

        var items = new StringBuilder();
        for (var i = 0; i < scrapes.Count; i++)
        {
            items.Append(CultureInfo.InvariantCulture, $"    <AdditionalFiles Include=\"{SecurityElement.Escape(Path.GetRelativePath(root, scrapes[i]))}\" PaperDatasetScrape=\"true\" PaperDatasetCapturedOn=\"{corpus.Files[i].CapturedOn:yyyy-MM-dd}\" />\n");
        }

        File.WriteAllText(Path.Combine(root, "Program.cs"), SteadyStateProgram);
        var generator = typeof(PaperCatalogueGenerator).Assembly.Location;
        var buildTask = Path.Combine(AppContext.BaseDirectory, "tasks", "PaperDataset.Build.dll");
        File.WriteAllText(Path.Combine(root, "Catalogue.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{SecurityElement.Escape(Repository.GeneratorProps)}" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <PaperDatasetNamespace>{Namespace}</PaperDatasetNamespace>
                <PaperDatasetCatalogueName>Papers</PaperDatasetCatalogueName>
                <PaperDatasetBuildTasksAssembly>{SecurityElement.Escape(buildTask)}</PaperDatasetBuildTasksAssembly>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{SecurityElement.Escape(generator)}" />
              </ItemGroup>
              <ItemGroup>
            {items}  </ItemGroup>
              <Import Project="{SecurityElement.Escape(Repository.GeneratorTargets)}" />
            </Project>
            """);
    }

    /// <summary>After a first pass over every paper, id and title lookups and enumeration must not allocate.</summary>
    private const string SteadyStateProgram = """
        using System;
        using Scale.Catalogue;

        var all = Papers.All;
        long characters = 0;
        foreach (var paper in all)
        {
            characters += paper.Title.Length + paper.Abstract.Length;
        }

        var middle = all[all.Length / 2];
        var id = new PaperId(new string(middle.Id.Value.AsSpan()));
        var title = new string(middle.Title.AsSpan());
        long found = 0;
        for (var round = 0; round < 3; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 200; i++)
            {
                found += Papers.TryGet(id, out var byId) && ReferenceEquals(byId, middle) ? 1 : 0;
                found += ReferenceEquals(Papers.FindByTitle(title), middle) ? 1 : 0;
                foreach (var paper in Papers.All)
                {
                    characters += paper.Title.Length + paper.Abstract.Length;
                }
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (round == 2)
            {
                Console.WriteLine($"papers={all.Length} steady-state-allocated={allocated}");
            }
        }

        return found == 3 * 2 * 200 && characters > 0 ? 0 : 1;
        """;

    /// <summary>
    /// Loads the built assembly in a collectible context and checks every paper against the synthetic ground truth:
    /// the same set of titles, and per paper its abstract, date, author count, organisation, comment count, id and every
    /// source; then that the id and title lookups find every paper.
    /// </summary>
    private static void AssertHoldsGroundTruth(string assemblyPath, SyntheticCorpus corpus)
    {
        var context = new AssemblyLoadContext("scale-catalogue", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(assemblyPath);

            // The package's build task writes the catalogue's storage to one resource; no source file is embedded.
            assembly.GetManifestResourceNames().ShouldBe(["PaperDataset.Catalogue"]);
            var papersType = assembly.GetType(Namespace + ".Papers", throwOnError: true)!;
            var paperIdType = assembly.GetType(Namespace + ".PaperId", throwOnError: true)!;
            var fromTitle = paperIdType.GetMethod("FromTitle", [typeof(string)])!;
            var tryGet = papersType.GetMethod("TryGet")!;
            var findByTitle = papersType.GetMethod("FindByTitle", [typeof(string)])!;
            var all = ((IEnumerable)papersType.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();

            all.Count.ShouldBe(corpus.Papers.Count);
            var capturedOn = corpus.Files.ToDictionary(file => file.FileName, file => file.CapturedOn, StringComparer.Ordinal);
            var expectedByTitle = corpus.Papers.ToDictionary(paper => paper.Title, StringComparer.Ordinal);
            var problems = new List<string>();
            string? previousId = null;
            foreach (var paper in all)
            {
                var title = (string)Get(paper, "Title")!;
                var id = Get(paper, "Id")!.ToString()!;
                if (!expectedByTitle.Remove(title, out var expected))
                {
                    problems.Add($"unexpected or repeated title '{title}'");
                    continue;
                }

                if (previousId is not null && string.CompareOrdinal(previousId, id) >= 0)
                {
                    problems.Add($"All is not ordered by id: '{previousId}' before '{id}'");
                }

                previousId = id;
                Check(title, "Id", fromTitle.Invoke(null, [title])!.ToString(), id);
                Check(title, "Abstract", expected.Abstract, Get(paper, "Abstract"));
                Check(title, "PublishedOn", expected.PublishedOn, Get(paper, "PublishedOn"));
                Check(title, "AuthorCount", expected.AuthorCount, Get(paper, "AuthorCount"));
                Check(title, "CommentCount", expected.CommentCount, Get(paper, "CommentCount"));
                var organization = Get(paper, "Organization");
                Check(
                    title,
                    "Organization",
                    expected.OrganizationHandle is null ? null : expected.OrganizationHandle + " | " + expected.OrganizationName,
                    organization is null ? null : Get(organization, "Handle") + " | " + Get(organization, "Name"));
                var sources = ((IEnumerable)Get(paper, "Sources")!).Cast<object>()
                    .Select(source => $"{Get(source, "FileName")}:{Get(source, "Line")}:{Get(source, "CapturedOn"):yyyy-MM-dd}")
                    .Order(StringComparer.Ordinal);
                var expectedSources = expected.Sources
                    .Select(source => $"{source.FileName}:{source.Line}:{capturedOn[source.FileName]:yyyy-MM-dd}")
                    .Order(StringComparer.Ordinal);
                Check(title, "Sources", string.Join(", ", expectedSources), string.Join(", ", sources));

                var arguments = new object?[] { Get(paper, "Id"), null };
                if (!(bool)tryGet.Invoke(null, arguments)! || !ReferenceEquals(arguments[1], paper))
                {
                    problems.Add($"TryGet('{id}') does not find the paper");
                }

                if (!ReferenceEquals(findByTitle.Invoke(null, [title]), paper))
                {
                    problems.Add($"FindByTitle('{title}') does not find the paper");
                }

                if (problems.Count > 20)
                {
                    break;
                }
            }

            problems.AddRange(expectedByTitle.Keys.Take(5).Select(title => $"missing paper '{title}'"));
            problems.ShouldBeEmpty(string.Join("\n", problems.Take(20)));

            void Check(string title, string property, object? expected, object? actual)
            {
                if (!Equals(expected, actual))
                {
                    problems.Add($"'{title}': {property} is '{actual}', expected '{expected}'");
                }
            }
        }
        finally
        {
            context.Unload();
        }
    }

    private static object? Get(object target, string property) =>
        target.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.GetValue(target);
}
