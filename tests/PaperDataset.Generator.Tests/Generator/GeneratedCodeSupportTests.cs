using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperDataset.Generator.Compatibility;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Generator.Tests.Generator;

/// <summary>
/// PDS015: a project that cannot compile the generated code gets one error that says why, and no generated files, instead
/// of dozens of compiler errors inside them. Each case is a real reference set (netstandard2.0, .NET Framework, .NET 8 and
/// 10) or one trimmed from it, with a C# version; the check must agree with the compiler on every one.
/// </summary>
public class GeneratedCodeSupportTests
{
    private static readonly IEnumerable<MetadataReference> Net80WithoutImmutableCollections =
        Basic.Reference.Assemblies.Net80.References.All.Where(reference => !reference.Display!.Contains("System.Collections.Immutable", StringComparison.Ordinal)).ToList();

    private static readonly Dictionary<string, (IEnumerable<MetadataReference> References, LanguageVersion Language)> Projects = new()
    {
        ["net10.0"] = (Basic.Reference.Assemblies.Net100.References.All, LanguageVersion.Latest),
        ["net8.0"] = (Basic.Reference.Assemblies.Net80.References.All, LanguageVersion.CSharp12),
        ["net8.0, LangVersion 11"] = (Basic.Reference.Assemblies.Net80.References.All, LanguageVersion.CSharp11),
        ["net8.0, LangVersion 10"] = (Basic.Reference.Assemblies.Net80.References.All, LanguageVersion.CSharp10),
        ["net8.0, LangVersion 9"] = (Basic.Reference.Assemblies.Net80.References.All, LanguageVersion.CSharp9),
        ["net8.0 without System.Collections.Immutable"] = (Net80WithoutImmutableCollections, LanguageVersion.CSharp12),
        ["netstandard2.0"] = (Basic.Reference.Assemblies.NetStandard20.References.All, LanguageVersion.CSharp7_3),
        ["netstandard2.0, LangVersion 11"] = (Basic.Reference.Assemblies.NetStandard20.References.All, LanguageVersion.CSharp11),
        ["net472, LangVersion latest"] = (Basic.Reference.Assemblies.Net472.References.All, LanguageVersion.Latest),
    };

    public static TheoryData<string> ProjectNames => new(Projects.Keys);

    private static readonly Scrape[] Scrapes = [GeneratorEndToEndTests.Newer, GeneratorEndToEndTests.Older];

    [Theory]
    [MemberData(nameof(ProjectNames))]
    public void The_check_passes_exactly_where_the_generated_code_compiles(string project)
    {
        var (references, language) = Projects[project];
        var support = GeneratedCodeSupport.Of(Compilation(references, language));

        // The generated code of a .NET 10 project, compiled as this project would compile it.
        var generated = GeneratorHarness.Run(Scrapes).Result.Results.Single().GeneratedSources;
        var errors = CSharpCompilation.Create(
                "Consumer",
                generated.Select(source => CSharpSyntaxTree.ParseText(source.SourceText, Parse(language), source.HintName, TestContext.Current.CancellationToken)),
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .GetDiagnostics(TestContext.Current.CancellationToken)
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .ToList();

        support.IsSupported.ShouldBe(errors.Count == 0, $"{support}\n{string.Join("\n", errors.Take(20))}");
    }

    [Theory]
    [MemberData(nameof(ProjectNames))]
    public void An_unsupported_project_gets_one_PDS015_and_nothing_generated_a_supported_one_a_compiling_catalogue(string project)
    {
        var (references, language) = Projects[project];
        var run = Run(Scrapes, references, language, out var output);
        var support = GeneratedCodeSupport.Of(output);

        if (support.IsSupported)
        {
            run.Diagnostics.ShouldBeEmpty();
            run.Results.Single().GeneratedSources.ShouldNotBeEmpty();
            output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        }
        else
        {
            var diagnostic = run.Diagnostics.ShouldHaveSingleItem();
            diagnostic.Id.ShouldBe("PDS015");
            diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
            diagnostic.Location.ShouldBe(Location.None);
            run.Results.Single().GeneratedSources.ShouldBeEmpty();
        }
    }

    [Fact]
    public void LangVersion_10_names_the_language_version_and_how_to_change_it()
    {
        var message = Run(Scrapes, Basic.Reference.Assemblies.Net80.References.All, LanguageVersion.CSharp10, out _).Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture);

        message.ShouldBe(
            "The PaperDataset catalogue was not generated: its code needs C# 11.0 or later (the project compiles as C# 10.0). "
            + "To build it, set <LangVersion> to 11.0 or later, or remove it (.NET 8 defaults to C# 12).");
    }

    [Fact]
    public void A_missing_System_Collections_Immutable_names_exactly_the_two_types_it_holds()
    {
        var support = GeneratedCodeSupport.Of(Compilation(Net80WithoutImmutableCollections, LanguageVersion.CSharp12));

        support.ShouldBe(new GeneratedCodeSupport(null, "System.Collections.Immutable.ImmutableArray<T>, System.Runtime.InteropServices.ImmutableCollectionsMarshal"));
    }

    [Fact]
    public void netstandard2_0_names_the_missing_APIs_and_the_target_framework_to_use()
    {
        var message = Run(Scrapes, Basic.Reference.Assemblies.NetStandard20.References.All, LanguageVersion.CSharp7_3, out _).Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture);

        message.ShouldStartWith("The PaperDataset catalogue was not generated: its code needs C# 11.0 or later (the project compiles as C# 7.3) and APIs of .NET 8 or later (the project lacks System.DateOnly, ");
        foreach (var api in new[]
                 {
                     "System.Collections.Immutable.ImmutableArray<T>", "System.Runtime.InteropServices.ImmutableCollectionsMarshal", "System.HashCode",
                     "System.Runtime.CompilerServices.IsExternalInit", "System.Runtime.CompilerServices.RequiredMemberAttribute",
                     "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute", "System.IO.Stream.ReadExactly(Span<byte>)",
                 })
        {
            message.ShouldContain(api);
        }

        message.ShouldEndWith(
            "To build it, target .NET 8 or later (<TargetFramework>net8.0</TargetFramework> or newer; netstandard2.0 and .NET Framework cannot compile the catalogue) "
            + "and set <LangVersion> to 11.0 or later, or remove it (.NET 8 defaults to C# 12).");
    }

    [Fact]
    public void The_scrapes_own_warnings_wait_until_the_project_can_build_the_catalogue()
    {
        var undated = new Scrape("/scrapes/undated.txt", ScrapeBuilder.Page("Nov 7", "A Title", "An abstract."));

        Run([undated], Basic.Reference.Assemblies.NetStandard20.References.All, LanguageVersion.CSharp11, out _).Diagnostics.Select(d => d.Id).ShouldBe(["PDS015"]);
        Run([undated], Basic.Reference.Assemblies.Net80.References.All, LanguageVersion.CSharp12, out _).Diagnostics.Select(d => d.Id).ShouldBe(["PDS003"]);
    }

    [Fact]
    public void A_project_without_scrapes_gets_no_error_whatever_it_targets_only_the_PDS022_warning()
    {
        var notAScrape = new Scrape("/notes.txt", "just notes", IsScrape: false);

        Run([notAScrape], Basic.Reference.Assemblies.NetStandard20.References.All, LanguageVersion.CSharp7_3, out _).Diagnostics
            .Select(diagnostic => (diagnostic.Id, diagnostic.Severity)).ShouldBe([("PDS022", DiagnosticSeverity.Warning)]);
    }

    [Fact]
    public void An_internal_polyfill_in_a_referenced_library_does_not_count_but_one_in_the_project_does()
    {
        const string polyfill = "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }";
        var library = CSharpCompilation.Create("Library", [CSharpSyntaxTree.ParseText(polyfill, cancellationToken: TestContext.Current.CancellationToken)], Basic.Reference.Assemblies.NetStandard20.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        GeneratedCodeSupport.Of(Compilation([.. Basic.Reference.Assemblies.NetStandard20.References.All, library.ToMetadataReference()], LanguageVersion.CSharp11))
            .MissingApis.ShouldContain("System.Runtime.CompilerServices.IsExternalInit");
        GeneratedCodeSupport.Of(Compilation(Basic.Reference.Assemblies.NetStandard20.References.All, LanguageVersion.CSharp11, polyfill))
            .MissingApis.ShouldNotContain("IsExternalInit");
    }

    [Fact]
    public void A_source_edit_reruns_only_the_check_and_its_equal_result_leaves_every_output_cached()
    {
        var references = Basic.Reference.Assemblies.Net100.References.All;
        var driver = GeneratorHarness.CreateDriver(Scrapes).RunGenerators(Compilation(references, LanguageVersion.Latest), TestContext.Current.CancellationToken);

        var result = driver.RunGenerators(Compilation(references, LanguageVersion.Latest, "class Edited { }"), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        // A step on the compilation re-runs on every edit (it cannot be Cached); its equal output is Unchanged, so what follows is Cached.
        result.TrackedSteps["GeneratedCodeSupport"].SelectMany(step => step.Outputs).Select(output => output.Reason).ShouldBe([IncrementalStepRunReason.Unchanged]);
        result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).ShouldAllBe(output => output.Reason == IncrementalStepRunReason.Cached);
        result.GeneratedSources.ShouldNotBeEmpty();
    }

    [Fact]
    public void Lowering_LangVersion_replaces_the_catalogue_with_PDS015_and_raising_it_brings_the_catalogue_back()
    {
        var references = Basic.Reference.Assemblies.Net80.References.All;
        var driver = GeneratorHarness.CreateDriver(Scrapes).RunGenerators(Compilation(references, LanguageVersion.CSharp12), TestContext.Current.CancellationToken);
        var hintNames = driver.GetRunResult().Results.Single().GeneratedSources.Select(source => source.HintName).ToList();

        driver = driver.WithUpdatedParseOptions(Parse(LanguageVersion.CSharp10)).RunGenerators(Compilation(references, LanguageVersion.CSharp10), TestContext.Current.CancellationToken);
        var lowered = driver.GetRunResult().Results.Single();
        lowered.TrackedSteps["GeneratedCodeSupport"].Single().Outputs.Single().Reason.ShouldBe(IncrementalStepRunReason.Modified);
        lowered.Diagnostics.Select(diagnostic => diagnostic.Id).ShouldBe(["PDS015"]);
        lowered.GeneratedSources.ShouldBeEmpty();

        driver = driver.WithUpdatedParseOptions(Parse(LanguageVersion.CSharp11)).RunGenerators(Compilation(references, LanguageVersion.CSharp11), TestContext.Current.CancellationToken);
        var raised = driver.GetRunResult().Results.Single();
        raised.Diagnostics.ShouldBeEmpty();
        raised.GeneratedSources.Select(source => source.HintName).ShouldBe(hintNames);
    }

    private static CSharpParseOptions Parse(LanguageVersion language) => GeneratorHarness.ParseOptions.WithLanguageVersion(language);

    private static CSharpCompilation Compilation(IEnumerable<MetadataReference> references, LanguageVersion language, string source = "class Consumer { }") =>
        CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(source, Parse(language), cancellationToken: TestContext.Current.CancellationToken)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The generator as the compiler runs it for a project with these references and C# version.</summary>
    private static GeneratorDriverRunResult Run(IEnumerable<Scrape> scrapes, IEnumerable<MetadataReference> references, LanguageVersion language, out Compilation output) =>
        GeneratorHarness.CreateDriver(scrapes)
            .WithUpdatedParseOptions(Parse(language))
            .RunGeneratorsAndUpdateCompilation(Compilation(references, language), out output, out _, TestContext.Current.CancellationToken)
            .GetRunResult();
}
