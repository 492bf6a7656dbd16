using System;
using System.Linq;
using System.Reflection;
using System.Text;
using PaperDataset.Testing;
using Shouldly;
using Xunit;
using static PaperDataset.Testing.ScrapeBuilder;

namespace PaperDataset.Generator.Tests.Generator;

/// <summary>
/// Scrapes the build embeds as resources: the catalogue reads titles and abstracts from the resource, so the generated
/// source holds offsets instead of the text, and the papers read back exactly as with literals.
/// </summary>
public class EmbeddedScrapeTests
{
    private const string Marker = "Zanzibar-unique-abstract-marker";

    private static Scrape Embedded(string name, string text, string capturedOn, byte[]? bytes = null) =>
        new($"/s/{name}", text, capturedOn, Resource: "PaperDataset.Scrape:" + name, ResourceBytes: bytes);

    [Fact]
    public void Papers_read_back_exactly_and_their_text_is_not_compiled_into_the_source()
    {
        var newer = Page("Nov 7", "Émile's 注意力 paper 😀", $"An abstract {Marker} with \"quotes\", \\, */ and \u202Ebidi.", Authors(3, "Oct 3, 2022"), "A title wrapped\nonto two lines", "Abstract two.")
            .Replace("\n", "\r\n");
        var older = Page("Nov 7", "Émile's 注意力 paper 😀", "An older abstract.", "Only in the older file", "Abstract three.");
        var literals = GeneratorHarness.Run([new Scrape("/s/new.txt", newer, "2025-11-07"), new Scrape("/s/old.txt", older, "2025-03-11")]);

        var embedded = GeneratorHarness.Run([Embedded("new.txt", newer, "2025-11-07"), Embedded("old.txt", older, "2025-03-11")]);

        embedded.CompilationProblems.ShouldBeEmpty();
        embedded.LoadPapers().ShouldBe(literals.LoadPapers());
        literals.Source("Papers.Storage.g.cs").ShouldContain(Marker);
        var storage = embedded.Source("Papers.Storage.g.cs");
        storage.ShouldNotContain(Marker);
        storage.ShouldContain("A title wrapped onto two lines"); // joined from two lines: not in the file, so a literal
    }

    [Fact]
    public void A_byte_order_mark_in_the_embedded_file_is_skipped()
    {
        var text = Page("Nov 7", "Title", "Abstract.");
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var run = GeneratorHarness.Run([Embedded("bom.txt", text, "2025-11-07", withBom)]);

        var paper = run.LoadPapers().ShouldHaveSingleItem();
        paper.Title.ShouldBe("Title");
        paper.Abstract.ShouldBe("Abstract.");
    }

    [Fact]
    public void An_embedded_file_that_is_not_the_one_generated_from_fails_with_a_clear_message()
    {
        var text = Page("Nov 7", "Title", "Abstract.");

        var run = GeneratorHarness.Run([Embedded("stale.txt", text, "2025-11-07", Encoding.UTF8.GetBytes(text + "edited later\n"))]);

        var error = Should.Throw<TargetInvocationException>(() => run.LoadPapers()).InnerException.ShouldBeOfType<InvalidOperationException>();
        error.Message.ShouldStartWith("The embedded scrape file 'PaperDataset.Scrape:stale.txt' has");
        error.Message.ShouldEndWith("rebuild the project.");
    }

    [Fact]
    public void Hub_json_titles_and_abstracts_are_read_from_the_embedded_file_and_decoded_exactly()
    {
        // Escapes the reader decodes and line breaks it collapses, hostile characters included: these point at the JSON
        // string's content and are decoded at run time; the plain title is held verbatim.
        const string Json = """
            [
              {"paper": {"id": "2403.00001", "title": "Plain title", "summary": "An abstract with the Zanzibar-unique-abstract-marker and \"quotes\", \\, */, \u202Ebidi,\n  a wrapped\tline and \u00e9t\u00e9.",
                "authors": [{"name": "Ada Lovelace", "user": {"user": "ada"}}, {"name": "Émile"}], "upvotes": 42, "publishedAt": "2024-03-01T00:00:00.000Z",
                "ai_keywords": ["gradient", "descent"], "githubRepo": "https://github.com/x/y", "githubStars": 7, "ai_summary": "Short.\nSummary."},
               "numComments": 3},
              {"paper": {"id": "2403.00002", "title": "A title\n  with \"\"\" and a lone \ud800 surrogate", "summary": "Second."}}
            ]
            """;
        var literals = GeneratorHarness.Run([new Scrape("/s/daily_papers_2024-03-01.json", Json, "2024-03-01")]);

        var embedded = GeneratorHarness.Run([Embedded("daily_papers_2024-03-01.json", Json, "2024-03-01")]);

        embedded.CompilationProblems.ShouldBeEmpty();
        var papers = embedded.LoadPapers();
        papers.ShouldBe(literals.LoadPapers());
        papers.Select(paper => paper.Title).ShouldBe(["A title with \"\"\" and a lone \ud800 surrogate", "Plain title"]);
        papers[1].Abstract.ShouldBe("An abstract with the Zanzibar-unique-abstract-marker and \"quotes\", \\, */, \u202Ebidi, a wrapped line and été.");
        papers[1].Hub.ShouldBe("2403.00001||Ada Lovelace/ada;Émile/|42|https://github.com/x/y|7||gradient;descent|Short. Summary.");
        papers[1].CommentCount.ShouldBe(3);
        literals.Source("Papers.Storage.g.cs").ShouldContain(Marker);
        embedded.Source("Papers.Storage.g.cs").ShouldNotContain(Marker);
    }
}
