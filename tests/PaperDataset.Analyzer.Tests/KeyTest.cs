using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PaperDataset.Analyzers;
using PaperDataset.CodeFixes;

namespace PaperDataset.Analyzer.Tests;

/// <summary>How each test's catalogue reaches the code under test.</summary>
public enum CatalogueSource
{
    /// <summary>A referenced assembly, as with the PaperDataset package.</summary>
    Referenced,

    /// <summary>Generated sources in the same compilation, as with the PaperDataset.Generator package.</summary>
    SameCompilation,
}

/// <summary>The testing library's code-fix test, set up with a test catalogue and .NET 10 references (no NuGet download).</summary>
internal sealed class KeyTest : CSharpCodeFixTest<PaperKeyAnalyzer, PaperKeyCodeFixProvider, DefaultVerifier>
{
    public const string Usings = "using PaperDataset.Generated;\n";

    public KeyTest(CatalogueSource source, string code, string? fixedCode = null, TestCatalogue? catalogue = null)
    {
        catalogue ??= TestCatalogue.WithHandles;
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestCode = Usings + code;
        if (fixedCode is not null)
        {
            FixedCode = Usings + fixedCode;
        }

        foreach (var state in fixedCode is null ? new[] { TestState } : new[] { TestState, FixedState })
        {
            state.AdditionalReferences.AddRange(TestCatalogue.References);
            if (source == CatalogueSource.Referenced)
            {
                state.AdditionalReferences.Add(catalogue.Assembly);
            }
            else
            {
                foreach (var (hintName, text) in catalogue.Sources)
                {
                    state.Sources.Add(("/generated/" + hintName, text));
                }
            }
        }
    }

    /// <summary>
    /// The diagnostic expected at markup location <paramref name="location"/>: a warning for PDS100–PDS102 (last argument:
    /// the "did you mean" text), a suggestion for PDS103–PDS105 (last argument: the handle). The node the fix rewrites
    /// (its additional location) is checked by the fix tests' fixed code instead.
    /// </summary>
    public static DiagnosticResult Expected(string id, int location, string key, string last) =>
        new DiagnosticResult(id, id is "PDS100" or "PDS101" or "PDS102" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info)
            .WithLocation(location)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("Papers", key, last);

    public static Task Run(CatalogueSource source, string code, string? fixedCode = null, params DiagnosticResult[] expected)
    {
        var test = new KeyTest(source, code, fixedCode);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
