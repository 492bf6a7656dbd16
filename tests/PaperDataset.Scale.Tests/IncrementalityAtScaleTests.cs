using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperDataset.Generator;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Scale.Tests;

/// <summary>
/// At 10,000 papers (100 scrape files, about 16 MB), an edit to the user's own code must not parse, merge or emit
/// anything: every tracked step is Cached or Unchanged, every source output is Cached, and each generated
/// SourceText is the very object of the first run (megabytes of generated source are not rebuilt on a keystroke).
/// </summary>
public sealed class IncrementalityAtScaleTests
{
    [Fact]
    public void An_unrelated_source_edit_at_10k_papers_reuses_every_step_and_every_generated_source()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var corpus = SyntheticGeneration.Corpus(10_000);
        var texts = SyntheticGeneration.Texts(corpus);
        var compilation = SyntheticGeneration.Compilation("namespace User;\n\npublic static class First\n{\n    public static int Value => 1;\n}\n");

        var driver = SyntheticGeneration.Driver(new PaperCatalogueGenerator(), texts).RunGenerators(compilation, cancellationToken);
        var first = driver.GetRunResult();
        first.Diagnostics.Select(diagnostic => diagnostic.Id).ShouldBe(["PDS014"]); // Known is left out at this size
        first.GeneratedTrees.ShouldNotBeEmpty();
        var firstResult = first.Results.Single();
        firstResult.TrackedSteps["ReadScrapes"].Length.ShouldBe(corpus.Files.Count);

        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(
            tree,
            CSharpSyntaxTree.ParseText(tree.ToString().Replace("=> 1;", "=> 2;", System.StringComparison.Ordinal), SyntheticGeneration.ParseOptions, tree.FilePath, cancellationToken: cancellationToken));
        edited.SyntaxTrees.Single().ToString().ShouldContain("=> 2;");

        var second = driver.RunGenerators(edited, cancellationToken).GetRunResult();
        var result = second.Results.Single();
        foreach (var name in GeneratorSteps.Tracked)
        {
            result.TrackedSteps[name].SelectMany(step => step.Outputs)
                .ShouldAllBe(output => output.Reason == IncrementalStepRunReason.Cached || output.Reason == IncrementalStepRunReason.Unchanged, name);
        }

        result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs)
            .ShouldAllBe(output => output.Reason == IncrementalStepRunReason.Cached);

        // Nothing was emitted again: every generated source is the very SourceText of the first run.
        var before = firstResult.GeneratedSources;
        var after = result.GeneratedSources;
        after.Select(source => source.HintName).ShouldBe(before.Select(source => source.HintName));
        for (var i = 0; i < before.Length; i++)
        {
            ReferenceEquals(after[i].SourceText, before[i].SourceText).ShouldBeTrue(before[i].HintName);
        }
    }
}
