using PaperDataset.Generator.Emitting;
using System.Collections.Generic;
using System.Linq;
using PaperDataset.Testing;
using Shouldly;
using Xunit;
using static PaperDataset.Testing.ScrapeBuilder;

namespace PaperDataset.Generator.Tests.Generator;

public class GeneratorEndToEndTests
{
    internal static readonly Scrape Newer = new("/scrapes/newer.txt", Page(
        "Nov 7",
        "Attention Is All You Need", "The dominant sequence transduction models.", Authors(8, "Jun 12, 2017 3"),
        "Poincaré ResNet", "This paper introduces Poincar\\'e ball models.", Meta("PEARLS-Lab PEARLS Lab", "Oct 13")),
        "2025-11-07");

    internal static readonly Scrape Older = new("/scrapes/older.txt", Page(
        "Mar 11",
        "attention  is all you NEED", "The dominant sequence transduction models.",
        "Sparse Graphs", "We study sparse graphs."),
        "2025-03-11");

    [Fact]
    public void Generates_compiling_catalogue_from_scrapes_and_snapshots_it()
    {
        var run = GeneratorHarness.Run([Newer, Older]);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompilationProblems.ShouldBeEmpty();
        Snapshot.MatchAll(run.HintNames.Where(name => name.StartsWith("Papers")).Select(name => (name, run.Source(name))));
    }

    [Fact]
    public void Merges_duplicates_keeps_every_source_and_takes_meta_from_the_capture_that_has_it()
    {
        var papers = GeneratorHarness.Run([Newer, Older]).LoadPapers();

        papers.Select(paper => paper.Id).ShouldBe(["attention-is-all-you-need", "poincare-resnet", "sparse-graphs"]);
        papers[0].ShouldBe(new LoadedPaper(
            "attention-is-all-you-need", "Attention Is All You Need", "The dominant sequence transduction models.",
            new System.DateOnly(2017, 6, 12), 8, null, 3, "newer.txt:13:2025-11-07, older.txt:13:2025-03-11", "||||||||"));
        papers[1].Organization.ShouldBe("PEARLS-Lab|PEARLS Lab");
        papers[1].PublishedOn.ShouldBe(new System.DateOnly(2025, 10, 13));
        papers[1].AuthorCount.ShouldBeNull();
        papers[2].CommentCount.ShouldBeNull();
        papers[2].PublishedOn.ShouldBeNull();
    }

    [Fact]
    public void Output_does_not_depend_on_file_order_or_directories()
    {
        var forward = GeneratorHarness.Run([Newer, Older]);
        var backward = GeneratorHarness.Run([Older with { Path = "C:\\elsewhere\\older.txt" }, Newer with { Path = "/x/y/newer.txt" }]);

        foreach (var name in forward.HintNames)
        {
            backward.Source(name).ShouldBe(forward.Source(name), name);
        }
    }

    [Fact]
    public void Crlf_and_bom_copies_of_a_scrape_give_the_same_catalogue()
    {
        var lf = GeneratorHarness.Run([Newer]);
        var crlf = GeneratorHarness.Run([Newer with { Text = "\uFEFF" + Newer.Text.Replace("\n", "\r\n") }]);

        crlf.Source("Papers.Storage.g.cs").ShouldBe(lf.Source("Papers.Storage.g.cs"));
    }

    [Fact]
    public void Files_not_marked_as_scrapes_are_ignored_and_no_scrapes_means_no_output_but_PDS022()
    {
        var run = GeneratorHarness.Run([Newer with { IsScrape = false }]);

        run.HintNames.ShouldBeEmpty();
        run.Diagnostics.Select(diagnostic => diagnostic.Id).ShouldBe(["PDS022"]);
    }

    [Fact]
    public void Build_properties_choose_namespace_and_class_name_and_switch_off_handles()
    {
        var run = GeneratorHarness.Run([Newer], new Dictionary<string, string>
        {
            ["PaperDatasetNamespace"] = "My.Data",
            ["PaperDatasetCatalogueName"] = "Library",
            ["PaperDatasetEmitHandles"] = "false",
        });

        run.CompilationProblems.ShouldBeEmpty();
        run.HintNames.ShouldBe(
            CatalogueEmitter.ModelTypeNames.Select(name => name + ".g.cs").Concat(["Library.g.cs", "Library.Storage.g.cs", "Library.Keys.g.cs"]));
        run.LoadPapers("My.Data.Library").Count.ShouldBe(2);
    }

    [Fact]
    public void Namespace_defaults_to_the_projects_root_namespace()
    {
        var run = GeneratorHarness.Run([Newer], new Dictionary<string, string> { ["RootNamespace"] = "Consumer.App" });

        run.LoadPapers("Consumer.App.Papers").Count.ShouldBe(2);
    }

    [Fact]
    public void Handles_lookups_and_docs_work_for_consumer_code()
    {
        const string consumer = """
            using PaperDataset.Generated;

            /// <summary>Uses the catalogue the way a consumer would.</summary>
            public static class Usage
            {
                /// <summary>Checks the lookups.</summary>
                /// <returns>True when all agree.</returns>
                public static bool Check() =>
                    Papers.TryGet(new PaperId("poincare-resnet"), out var paper)
                    && ReferenceEquals(paper, Papers.Known.PoincareResnet)
                    && ReferenceEquals(Papers.FindByTitle("  POINCARÉ   resnet "), paper)
                    && Papers.FindByTitle("Poincare ResNet") is null
                    && !Papers.TryGet(new PaperId("nope"), out _)
                    && Papers.Count == 2;
            }
            """;
        var run = GeneratorHarness.Run([Newer], null, consumer);

        run.CompilationProblems.ShouldBeEmpty();
        using var stream = new System.IO.MemoryStream();
        run.Compilation.Emit(stream, cancellationToken: TestContext.Current.CancellationToken).Success.ShouldBeTrue();
        var context = new System.Runtime.Loader.AssemblyLoadContext("usage", isCollectible: true);
        stream.Position = 0;
        var check = context.LoadFromStream(stream).GetType("Usage")!.GetMethod("Check")!;
        ((bool)check.Invoke(null, null)!).ShouldBeTrue();
        context.Unload();
    }

    [Fact]
    public void A_misspelt_handle_is_a_compile_error()
    {
        var run = GeneratorHarness.Run([Newer], null, "class C { object P => PaperDataset.Generated.Papers.Known.PoincareResNet; }");

        run.CompilationProblems.ShouldContain(problem => problem.Id == "CS0117");
    }
}
