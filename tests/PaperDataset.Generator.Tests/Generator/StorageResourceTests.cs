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
/// The catalogue's storage in a manifest resource, as the package's build task writes it: the generated source holds no
/// text, the papers read back exactly as from literals, and the resource holds what the papers expose and nothing else.
/// </summary>
public class StorageResourceTests
{
    private const string Marker = "Zanzibar-unique-abstract-marker";

    // Escapes the reader decodes and line breaks it collapses, hostile characters included, and the members no paper
    // exposes (the submitter, avatars, media) that the resource must leave out.
    private const string Json = """
        [
          {"paper": {"id": "2403.00001", "title": "Plain title", "summary": "An abstract with the Zanzibar-unique-abstract-marker and \"quotes\", \\, */, \u202Ebidi,\n  a wrapped\tline and \u00e9t\u00e9.",
            "authors": [{"name": "Ada Lovelace", "user": {"user": "ada", "avatarUrl": "https://cdn/avatar-of-ada-unique.png"}}, {"name": "Émile"}], "upvotes": 42, "publishedAt": "2024-03-01T00:00:00.000Z",
            "ai_keywords": ["gradient", "descent"], "githubRepo": "https://github.com/x/y", "githubStars": 7, "ai_summary": "Short.\nSummary.",
            "mediaUrls": ["https://cdn/media-unique.mp4"]},
           "submittedBy": {"fullname": "Submitter Unique-Name", "avatarUrl": "https://cdn/submitter-unique.png"},
           "numComments": 3},
          {"paper": {"id": "2403.00002", "title": "A title\n  with \"\"\" and a lone \ud800 surrogate", "summary": "Second."}}
        ]
        """;

    [Fact]
    public void Papers_read_back_from_the_resource_exactly_as_from_literals_and_the_source_holds_no_text()
    {
        var newer = Page("Nov 7", "Émile's 注意力 paper 😀", $"An abstract {Marker} with \"quotes\", \\, */ and \u202Ebidi.", Authors(3, "Oct 3, 2022"), "A title wrapped\nonto two lines", "Abstract two.")
            .Replace("\n", "\r\n");
        var older = Page("Nov 7", "Émile's 注意力 paper 😀", "An older abstract.", "Only in the older file", "Abstract three.");
        Scrape[] scrapes = [new("/s/new.txt", newer, "2025-11-07"), new("/s/old.txt", older, "2025-03-11")];
        var literals = GeneratorHarness.Run(scrapes);

        var resource = GeneratorHarness.Run(scrapes, GeneratorHarness.ResourceStorage);

        resource.CompilationProblems.ShouldBeEmpty();
        resource.LoadPapers().ShouldBe(literals.LoadPapers());
        literals.Source("Papers.Storage.g.cs").ShouldContain(Marker);
        resource.Source("Papers.Storage.g.cs").ShouldNotContain(Marker);
    }

    [Fact]
    public void Hub_json_reads_back_decoded_and_the_resource_holds_no_member_a_paper_does_not_expose()
    {
        var literals = GeneratorHarness.Run([new Scrape("/s/daily_papers_2024-03-01.json", Json, "2024-03-01")]);

        var resource = GeneratorHarness.Run([new Scrape("/s/daily_papers_2024-03-01.json", Json, "2024-03-01")], GeneratorHarness.ResourceStorage);

        resource.CompilationProblems.ShouldBeEmpty();
        var papers = resource.LoadPapers();
        papers.ShouldBe(literals.LoadPapers());
        papers.Select(paper => paper.Title).ShouldBe(["A title with \"\"\" and a lone \ud800 surrogate", "Plain title"]);
        papers[1].Abstract.ShouldBe("An abstract with the Zanzibar-unique-abstract-marker and \"quotes\", \\, */, \u202Ebidi, a wrapped line and été.");
        papers[1].Hub.ShouldBe("2403.00001||Ada Lovelace/ada;Émile/|42|https://github.com/x/y|7||gradient;descent|Short. Summary.");
        papers[1].CommentCount.ShouldBe(3);
        var stored = Encoding.UTF8.GetString(resource.StorageResource());
        stored.ShouldContain(Marker);
        foreach (var hidden in new[] { "avatar-of-ada-unique", "media-unique", "Unique-Name", "submitter-unique", "\"summary\"", "\"paper\"", "\\u00e9", "\\n" })
        {
            stored.ShouldNotContain(hidden);
        }
    }

    [Fact]
    public void A_resource_written_from_other_sources_is_refused_with_a_clear_message()
    {
        var text = Page("Nov 7", "Title", "Abstract.");
        var edited = GeneratorHarness.Run([new Scrape("/s/page.txt", Page("Nov 7", "Title", "An edited abstract."), "2025-11-07")], GeneratorHarness.ResourceStorage);

        var run = GeneratorHarness.Run([new Scrape("/s/page.txt", text, "2025-11-07")], GeneratorHarness.ResourceStorage);

        run.LoadPapers().ShouldHaveSingleItem().Title.ShouldBe("Title");
        var error = Should.Throw<TargetInvocationException>(() => run.LoadPapers(storage: edited.StorageResource()))
            .InnerException.ShouldBeOfType<TypeInitializationException>().InnerException.ShouldBeOfType<InvalidOperationException>();
        error.Message.ShouldStartWith("The catalogue's storage resource 'PaperDataset.Catalogue' was not written from the source files");
        error.Message.ShouldEndWith("rebuild the project.");
    }

    [Fact]
    public void Counting_papers_does_not_open_the_resource_and_reading_one_without_it_says_how_to_build()
    {
        var run = GeneratorHarness.Run([new Scrape("/s/page.txt", Page("Nov 7", "Title", "Abstract."), "2025-11-07")], GeneratorHarness.ResourceStorage);
        const string Catalogue = "PaperDataset.Generated.Papers";

        run.WithCatalogue(type => type.GetProperty("Count")!.GetValue(null), Catalogue, storage: null).ShouldBe(1);
        var missing = Should.Throw<TargetInvocationException>(() => run.WithCatalogue(FirstTitle, Catalogue, storage: null));
        missing.InnerException.ShouldBeOfType<TypeInitializationException>().InnerException.ShouldBeOfType<InvalidOperationException>()
            .Message.ShouldBe("The catalogue's storage resource 'PaperDataset.Catalogue' is missing from the assembly; was it built with the PaperDataset.Generator package's build files?");
        var truncated = Should.Throw<TargetInvocationException>(() => run.WithCatalogue(FirstTitle, Catalogue, storage: run.StorageResource()[..20]));
        truncated.InnerException.ShouldBeOfType<TypeInitializationException>().InnerException.ShouldBeOfType<InvalidOperationException>()
            .Message.ShouldContain("(it is too short to be one); rebuild the project.");
    }

    private static object? FirstTitle(Type catalogue)
    {
        var first = ((System.Collections.IEnumerable)catalogue.GetProperty("All")!.GetValue(null)!).Cast<object>().First();
        return first.GetType().GetProperty("Title")!.GetValue(first);
    }
}
