using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using PaperDataset.Testing;
using PaperDataset.Sources.Model;
using Shouldly;
using Xunit;

namespace PaperDataset.Generator.Tests.Generator;

/// <summary>Hub JSON and saved pages through the real generator: recognised by content, compiled, read back.</summary>
public class HubSourceGeneratorTests
{
    private const string List = """
        [
          { "paper": { "id": "2403.12345", "title": "Plain title", "summary": "An abstract.", "publishedAt": "2024-03-11T17:00:00.000Z",
                       "authors": [{ "name": "A" }, { "name": "B" }] },
            "publishedAt": "2024-03-12T02:00:00.000Z", "numComments": 2 },
          { "paper": { "id": "2403.12346", "title": "Escaped \"title\"\n  with \u202E", "summary": "Line\nbreaks \\ kept out" },
            "numComments": 0 }
        ]
        """;

    [Fact]
    [Trait("Category", "Compile")]
    public void A_daily_list_without_a_capture_date_compiles_into_papers()
    {
        var run = GeneratorHarness.Run([new Scrape("/api/list.json", List)], GeneratorHarness.ResourceStorage);

        run.Diagnostics.ShouldBeEmpty();
        run.CompilationProblems.ShouldBeEmpty();
        var papers = run.LoadPapers().OrderBy(paper => paper.Title, System.StringComparer.Ordinal).ToList();
        papers.Select(paper => (paper.Title, paper.Abstract)).ShouldBe(
        [
            ("Escaped \"title\" with \u202E", "Line breaks \\ kept out"),
            ("Plain title", "An abstract."),
        ]);
        papers[1].AuthorCount.ShouldBe(2);
        papers[1].CommentCount.ShouldBe(2);
        papers[1].PublishedOn.ShouldBe(new System.DateOnly(2024, 3, 11));
    }

    [Fact]
    public void Broken_JSON_is_PDS016_at_its_file_and_line()
    {
        var run = GeneratorHarness.Run([new Scrape("/api/broken.json", "[\n  { \"paper\": ]\n")]);

        var diagnostic = run.Pds("PDS016").ShouldHaveSingleItem();
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/api/broken.json");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(1);
        run.Diagnostics.ShouldNotContain(other => other.Id == "PDS003");
    }

    [Theory]
    [InlineData(null, nameof(SourceFormat.Auto))]
    [InlineData("json", nameof(SourceFormat.HubJson))]
    [InlineData(" HTML ", nameof(SourceFormat.HubHtml))]
    [InlineData("text", nameof(SourceFormat.TextCopy))]
    public void PaperDatasetFormat_declares_the_format(string? value, string expected)
    {
        var (format, problem) = GeneratorOptions.Format(new ItemOptions(value), "/s/a.dat");

        format.ToString().ShouldBe(expected);
        problem.ShouldBeNull();
    }

    [Fact]
    public void An_unknown_PaperDatasetFormat_is_PDS021_and_the_content_decides()
    {
        var (format, problem) = GeneratorOptions.Format(new ItemOptions("yaml"), "/s/a.dat");

        format.ShouldBe(SourceFormat.Auto);
        problem.ShouldNotBeNull().Id.ShouldBe("PDS021");
        problem.FilePath.ShouldBe("/s/a.dat");
        problem.Message.ShouldBe("PaperDatasetFormat \"yaml\" on 'a.dat' is not auto, text, json or html; the format is recognised from the content");
    }

    private sealed class ItemOptions(string? format) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = key == GeneratorOptions.FormatMetadata ? format : null;
            return value is not null;
        }
    }
}
