using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace PaperDataset.Analyzer.Tests;

/// <summary>PDS100–PDS102: a constant string that names no paper, at every entry point, with the closest key when one is near.</summary>
public sealed class UnknownKeyTests
{
    [Theory]
    [InlineData(CatalogueSource.Referenced)]
    [InlineData(CatalogueSource.SameCompilation)]
    public Task Unknown_id_in_Get_is_PDS100_at_the_string(CatalogueSource source) => KeyTest.Run(source, """
        class C
        {
            object M() => Papers.Get(new PaperId({|#0:"does-not-exist"|}));
        }
        """, expected: KeyTest.Expected("PDS100", 0, "does-not-exist", string.Empty));

    [Theory]
    [InlineData(CatalogueSource.Referenced)]
    [InlineData(CatalogueSource.SameCompilation)]
    public Task Misspelt_id_names_the_closest_id(CatalogueSource source) => KeyTest.Run(source, """
        class C
        {
            bool M() => Papers.TryGet(new PaperId({|#0:"attention-is-all-you-ned"|}), out _);
        }
        """, expected: KeyTest.Expected("PDS100", 0, "attention-is-all-you-ned", "; did you mean 'attention-is-all-you-need'?"));

    [Fact]
    public Task Unknown_id_in_a_target_typed_new_is_reported() => KeyTest.Run(CatalogueSource.Referenced, """
        class C
        {
            object M() => Papers.Get(new({|#0:"deep-residual-learning"|}));
        }
        """, expected: KeyTest.Expected("PDS100", 0, "deep-residual-learning", string.Empty));

    [Fact]
    public Task A_constant_field_is_checked_and_reported_where_it_is_used() => KeyTest.Run(CatalogueSource.Referenced, """
        class C
        {
            const string Id = "language-models-are-few-shot-learner";

            PaperId M() => new PaperId({|#0:Id|});
        }
        """, expected: KeyTest.Expected("PDS100", 0, "language-models-are-few-shot-learner", "; did you mean 'language-models-are-few-shot-learners'?"));

    [Theory]
    [InlineData(CatalogueSource.Referenced)]
    [InlineData(CatalogueSource.SameCompilation)]
    public Task Unknown_title_is_PDS101_with_the_closest_title(CatalogueSource source) => KeyTest.Run(source, """
        class C
        {
            object? M() => Papers.FindByTitle({|#0:"Attention Is All You Needs"|});
        }
        """, expected: KeyTest.Expected("PDS101", 0, "Attention Is All You Needs", "; did you mean 'Attention Is All You Need'?"));

    [Fact]
    public Task A_title_far_from_every_title_is_reported_without_a_suggestion() => KeyTest.Run(CatalogueSource.Referenced, """
        class C
        {
            object? M() => Papers.FindByTitle({|#0:"A title with a typo"|});
        }
        """, expected: KeyTest.Expected("PDS101", 0, "A title with a typo", string.Empty));

    [Theory]
    [InlineData(CatalogueSource.Referenced)]
    [InlineData(CatalogueSource.SameCompilation)]
    public Task Unknown_arxiv_id_in_GetByArxivId_and_TryGetByArxivId_is_PDS102(CatalogueSource source) => KeyTest.Run(source, """
        class C
        {
            object M() => Papers.GetByArxivId({|#0:"1706.0376"|});

            bool N() => Papers.TryGetByArxivId({|#1:"2403.1234"|}, out _);
        }
        """, expected:
        [
            KeyTest.Expected("PDS102", 0, "1706.0376", "; did you mean '1706.03762'?"),
            KeyTest.Expected("PDS102", 1, "2403.1234", string.Empty),
        ]);

    [Fact]
    public Task Generated_code_is_not_analyzed()
    {
        var test = new KeyTest(CatalogueSource.Referenced, "class C { }");
        test.TestState.Sources.Add(("/0/Other.g.cs", KeyTest.Usings + "class D { PaperId E() => new PaperId(\"does-not-exist\"); }"));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }
}
