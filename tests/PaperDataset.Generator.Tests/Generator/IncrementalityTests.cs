using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperDataset.Testing;
using Shouldly;
using Xunit;
using static PaperDataset.Testing.ScrapeBuilder;

namespace PaperDataset.Generator.Tests.Generator;

public class IncrementalityTests
{
    private static (GeneratorDriver Driver, ImmutableArray<GeneratorHarness.InMemoryAdditionalText> Texts, Compilation Compilation) FirstRun()
    {
        var texts = new[] { GeneratorEndToEndTests.Newer, GeneratorEndToEndTests.Older }
            .Select(scrape => new GeneratorHarness.InMemoryAdditionalText(scrape)).ToImmutableArray();
        var compilation = GeneratorHarness.CreateCompilation("class First { }");
        var driver = GeneratorHarness.CreateDriver(texts).RunGenerators(compilation, TestContext.Current.CancellationToken);
        return (driver, texts, compilation);
    }

    [Fact]
    public void An_unrelated_source_edit_leaves_every_step_cached()
    {
        var (driver, _, compilation) = FirstRun();

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Second { }", GeneratorHarness.ParseOptions, cancellationToken: TestContext.Current.CancellationToken));
        var result = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (var name in GeneratorSteps.Tracked)
        {
            result.TrackedSteps[name].SelectMany(step => step.Outputs)
                .ShouldAllBe(output => output.Reason == IncrementalStepRunReason.Cached || output.Reason == IncrementalStepRunReason.Unchanged, name);
        }

        result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs)
            .ShouldAllBe(output => output.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Editing_one_scrape_reparses_only_that_file()
    {
        var (driver, texts, compilation) = FirstRun();

        var changed = new GeneratorHarness.InMemoryAdditionalText(GeneratorEndToEndTests.Older with { Text = GeneratorEndToEndTests.Older.Text + "New Paper\n\nNew abstract.\n" });
        var result = driver.ReplaceAdditionalText(texts[1], changed).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        var parsed = result.TrackedSteps["ReadScrapes"].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        parsed.Count(reason => reason == IncrementalStepRunReason.Cached).ShouldBe(1);
        parsed.Count(reason => reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).ShouldBe(1);
        result.TrackedSteps["Merged"].Single().Outputs.Single().Reason.ShouldBe(IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Editing_a_scrape_without_changing_its_papers_stops_at_the_parse_step()
    {
        var (driver, texts, compilation) = FirstRun();

        // Same entries, different trailing blank lines: the parse re-runs, its result is equal, so nothing downstream runs.
        var changed = new GeneratorHarness.InMemoryAdditionalText(GeneratorEndToEndTests.Older with { Text = GeneratorEndToEndTests.Older.Text + "\n\n" });
        var result = driver.ReplaceAdditionalText(texts[1], changed).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        result.TrackedSteps["Merged"].Single().Outputs.Single().Reason.ShouldBe(IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Editing_a_scrape_leaves_the_PDS022_check_cached_it_reads_only_paths_and_marks()
    {
        var (driver, texts, compilation) = FirstRun();

        var changed = new GeneratorHarness.InMemoryAdditionalText(GeneratorEndToEndTests.Older with { Text = GeneratorEndToEndTests.Older.Text + "New Paper\n\nNew abstract.\n" });
        var result = driver.ReplaceAdditionalText(texts[1], changed).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        result.TrackedSteps["AdditionalFileMarks"].SelectMany(step => step.Outputs)
            .ShouldAllBe(output => output.Reason == IncrementalStepRunReason.Cached || output.Reason == IncrementalStepRunReason.Unchanged);
        result.TrackedSteps["UnmarkedSources"].Single().Outputs.Single().Reason.ShouldBe(IncrementalStepRunReason.Cached);
        result.TrackedSteps["Merged"].Single().Outputs.Single().Reason.ShouldBe(IncrementalStepRunReason.Modified, "the edit itself did reach the pipeline");
    }

    [Fact]
    public void No_step_output_holds_roslyn_symbols_syntax_or_compilations()
    {
        var (_, _, _) = FirstRun();
        var result = FirstRun().Driver.GetRunResult().Results.Single();

        foreach (var name in GeneratorSteps.Tracked)
        {
            foreach (var output in result.TrackedSteps[name].SelectMany(step => step.Outputs))
            {
                AssertNoRoslynObjects(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        var type = value.GetType();
        (value is ISymbol or SyntaxNode or Compilation or SemanticModel or Location or AdditionalText).ShouldBeFalse($"{path} holds a {type}");
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObjects(item, path + "[]", seen);
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), path + "." + field.Name, seen);
        }
    }
}
