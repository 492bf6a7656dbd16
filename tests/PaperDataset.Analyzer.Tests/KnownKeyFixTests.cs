using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace PaperDataset.Analyzer.Tests;

/// <summary>PDS103–PDS105: a known key written as a string is a suggestion whose fix writes the paper's handle instead.</summary>
public sealed class KnownKeyFixTests
{
    [Theory]
    [InlineData(CatalogueSource.Referenced)]
    [InlineData(CatalogueSource.SameCompilation)]
    public Task Get_of_a_known_id_becomes_the_handle(CatalogueSource source) => KeyTest.Run(source, """
        class C
        {
            Paper M() => Papers.Get(new PaperId({|#0:"attention-is-all-you-need"|}));
        }
        """, """
        class C
        {
            Paper M() => Papers.Known.AttentionIsAllYouNeed;
        }
        """, KeyTest.Expected("PDS103", 0, "attention-is-all-you-need", "AttentionIsAllYouNeed"));

    [Fact]
    public Task A_PaperId_outside_Get_becomes_the_handles_Id() => KeyTest.Run(CatalogueSource.Referenced, """
        class C
        {
            bool M() => Papers.TryGet(new PaperId({|#0:"deep-residual-learning-for-image-recognition"|}), out var paper);

            PaperId N() => new({|#1:"language-models-are-few-shot-learners"|});
        }
        """, """
        class C
        {
            bool M() => Papers.TryGet(Papers.Known.DeepResidualLearningForImageRecognition.Id, out var paper);

            PaperId N() => Papers.Known.LanguageModelsAreFewShotLearners.Id;
        }
        """,
        KeyTest.Expected("PDS103", 0, "deep-residual-learning-for-image-recognition", "DeepResidualLearningForImageRecognition"),
        KeyTest.Expected("PDS103", 1, "language-models-are-few-shot-learners", "LanguageModelsAreFewShotLearners"));

    [Theory]
    [InlineData(CatalogueSource.Referenced)]
    [InlineData(CatalogueSource.SameCompilation)]
    public Task A_title_FindByTitle_finds_after_normalising_is_a_suggestion_not_a_warning(CatalogueSource source) => KeyTest.Run(source, """
        class C
        {
            Paper? M() => Papers.FindByTitle({|#0:"  attention is ALL\tyou   need "|});
        }
        """, """
        class C
        {
            Paper? M() => Papers.Known.AttentionIsAllYouNeed;
        }
        """, KeyTest.Expected("PDS104", 0, "  attention is ALL\tyou   need ", "AttentionIsAllYouNeed"));

    [Fact]
    public Task A_title_in_another_Unicode_normal_form_is_known() => KeyTest.Run(CatalogueSource.Referenced, """
        class C
        {
            Paper? M() => Papers.FindByTitle({|#0:"CAFE\u0301 AU LAIT: U\u0308BER UNICODE TITLES"|});
        }
        """, """
        class C
        {
            Paper? M() => Papers.Known.CafeAuLaitUberUnicodeTitles;
        }
        """, KeyTest.Expected("PDS104", 0, "CAFE\u0301 AU LAIT: U\u0308BER UNICODE TITLES", "CafeAuLaitUberUnicodeTitles"));

    [Fact]
    public Task GetByArxivId_of_a_known_arxiv_id_becomes_the_handle() => KeyTest.Run(CatalogueSource.SameCompilation, """
        class C
        {
            Paper M() => Papers.GetByArxivId({|#0:"1706.03762"|});
        }
        """, """
        class C
        {
            Paper M() => Papers.Known.AttentionIsAllYouNeed;
        }
        """, KeyTest.Expected("PDS105", 0, "1706.03762", "AttentionIsAllYouNeed"));

    [Fact]
    public Task TryGetByArxivId_of_a_known_arxiv_id_is_not_reported_a_handle_cannot_replace_it() => KeyTest.Run(CatalogueSource.Referenced, """
        class C
        {
            bool M() => Papers.TryGetByArxivId("1706.03762", out var paper);
        }
        """);

    [Theory]
    [InlineData(CatalogueSource.Referenced)]
    [InlineData(CatalogueSource.SameCompilation)]
    public Task Without_handles_a_known_key_is_not_reported_and_a_near_miss_is_fixed_to_the_closest_string(CatalogueSource source)
    {
        var test = new KeyTest(source, """
            class C
            {
                Paper A() => Papers.Get(new PaperId("attention-is-all-you-need"));

                Paper? B() => Papers.FindByTitle({|#0:"Atention Is All You Need"|});
            }
            """, """
            class C
            {
                Paper A() => Papers.Get(new PaperId("attention-is-all-you-need"));

                Paper? B() => Papers.FindByTitle("Attention Is All You Need");
            }
            """, TestCatalogue.WithoutHandles);
        test.ExpectedDiagnostics.Add(KeyTest.Expected("PDS101", 0, "Atention Is All You Need", "; did you mean 'Attention Is All You Need'?"));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task A_lookup_written_as_a_statement_keeps_its_call_a_handle_is_no_statement()
    {
        var test = new KeyTest(CatalogueSource.Referenced, """
            class C
            {
                void M()
                {
                    Papers.Get(new PaperId({|#0:"attention-is-all-you-need"|}));
                    Papers.GetByArxivId("1706.03762");
                    Papers.Get(new PaperId({|#1:"atention-is-all-you-need"|}));
                }
            }
            """, """
            class C
            {
                void M()
                {
                    Papers.Get(Papers.Known.AttentionIsAllYouNeed.Id);
                    Papers.GetByArxivId("1706.03762");
                    Papers.Get(Papers.Known.AttentionIsAllYouNeed.Id);
                }
            }
            """);
        test.ExpectedDiagnostics.Add(KeyTest.Expected("PDS103", 0, "attention-is-all-you-need", "AttentionIsAllYouNeed"));
        test.ExpectedDiagnostics.Add(KeyTest.Expected("PDS100", 1, "atention-is-all-you-need", "; did you mean 'attention-is-all-you-need'?"));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task Strings_that_are_not_constants_are_not_reported() => KeyTest.Run(CatalogueSource.Referenced, """
        class C
        {
            Paper M(string id) => Papers.Get(new PaperId(id));

            Paper? N(int n) => Papers.FindByTitle($"Attention {n}");

            bool O() => Papers.TryGetByArxivId(string.Concat("17", "06.0376"), out _);

            // nameof is a constant too: checked like a literal.
            PaperId P() => new PaperId({|#0:nameof(P)|});
        }
        """, expected: KeyTest.Expected("PDS100", 0, "P", string.Empty));

    [Fact]
    public Task A_near_miss_is_fixed_to_the_closest_key_handle_or_string()
    {
        var test = new KeyTest(CatalogueSource.Referenced, """
        class C
        {
            Paper M() => Papers.Get(new PaperId({|#0:"atention-is-all-you-need"|}));

            bool N() => Papers.TryGetByArxivId({|#1:"1706.03726"|}, out _);
        }
        """, """
        class C
        {
            Paper M() => Papers.Known.AttentionIsAllYouNeed;

            bool N() => Papers.TryGetByArxivId("1706.03762", out _);
        }
        """)
        {
            // Fix All applies one kind of fix at a time: a handle, then a string.
            NumberOfFixAllIterations = 2,
            NumberOfFixAllInDocumentIterations = 2,
        };
        test.ExpectedDiagnostics.Add(KeyTest.Expected("PDS100", 0, "atention-is-all-you-need", "; did you mean 'attention-is-all-you-need'?"));
        test.ExpectedDiagnostics.Add(KeyTest.Expected("PDS102", 1, "1706.03726", "; did you mean '1706.03762'?"));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task Fix_all_rewrites_every_string_of_the_project_across_documents()
    {
        var test = new KeyTest(CatalogueSource.Referenced, """
            class C
            {
                Paper A() => Papers.Get(new PaperId({|#0:"attention-is-all-you-need"|}));

                Paper B() => Papers.Get(new PaperId({|#1:"deep-residual-learning-for-image-recognition"|}));
            }
            """, """
            class C
            {
                Paper A() => Papers.Known.AttentionIsAllYouNeed;

                Paper B() => Papers.Known.DeepResidualLearningForImageRecognition;
            }
            """);
        test.TestState.Sources.Add(("/0/Other.cs", KeyTest.Usings + "class D\n{\n    PaperId E() => new PaperId({|#2:\"language-models-are-few-shot-learners\"|});\n}\n"));
        test.FixedState.Sources.Add(("/0/Other.cs", KeyTest.Usings + "class D\n{\n    PaperId E() => Papers.Known.LanguageModelsAreFewShotLearners.Id;\n}\n"));
        test.ExpectedDiagnostics.Add(KeyTest.Expected("PDS103", 0, "attention-is-all-you-need", "AttentionIsAllYouNeed"));
        test.ExpectedDiagnostics.Add(KeyTest.Expected("PDS103", 1, "deep-residual-learning-for-image-recognition", "DeepResidualLearningForImageRecognition"));
        test.ExpectedDiagnostics.Add(KeyTest.Expected("PDS103", 2, "language-models-are-few-shot-learners", "LanguageModelsAreFewShotLearners"));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task Editorconfig_severity_none_silences_a_rule()
    {
        var test = new KeyTest(CatalogueSource.Referenced, """
            class C
            {
                Paper A() => Papers.Get(new PaperId("attention-is-all-you-need"));

                Paper B() => Papers.Get(new PaperId({|#0:"no-such-paper"|}));
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.PDS103.severity = none\n"));

        // Raising a severity (PDS100 to error) is checked by a real build: tests/PaperDataset.Package.Tests/AnalyzerConsumerTests.
        test.ExpectedDiagnostics.Add(KeyTest.Expected("PDS100", 0, "no-such-paper", string.Empty));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }
}
