using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PaperDataset.Cli.Catalogue;
using PaperDataset.Cli.Output;
using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests;

/// <summary>
/// <c>show</c> and <c>search</c> over papers with the Hub's fields (an arXiv id, upvotes, hundreds of authors), built in
/// memory so the tests do not depend on what the bundled catalogue holds.
/// </summary>
public sealed class HubPaperCommandTests
{
    private static readonly Paper Herd = TestCatalogue.Paper("The Llama 3 Herd of Models", "Modern artificial intelligence systems. Code: https://github.com/meta-llama/llama3.", new DateOnly(2024, 7, 31), 5) with
    {
        ArxivId = "2407.21783",
        AuthorCount = 533,
        Authors = [.. Enumerable.Range(1, 533).Select(i => new PaperAuthor($"Author {i}", null))],
        Upvotes = 94,
        Keywords = ["foundation models", "multilinguality"],
    };

    private static readonly Paper Tora = TestCatalogue.Paper("Tora: Trajectory-oriented Diffusion Transformer for Video Generation", "Video generation.", new DateOnly(2024, 7, 31), 2) with
    {
        ArxivId = "2407.21705",
        Upvotes = 24,
    };

    private static readonly Paper TextCopy = TestCatalogue.Paper("A Paper From A Browser Copy", "No Hub fields.", new DateOnly(2024, 8, 1), 9);

    private static readonly TestCatalogue Catalogue = new([TextCopy, Herd, Tora]);

    [Theory]
    [InlineData("2407.21783")]
    [InlineData("2407.21783v2")]
    [InlineData("arXiv:2407.21783")]
    [InlineData("https://huggingface.co/papers/2407.21783")]
    [InlineData("https://huggingface.co/papers/2407.21783/")]
    [InlineData("huggingface.co/papers/2407.21783")]
    [InlineData("https://hf.co/papers/2407.21783")]
    [InlineData("https://arxiv.org/abs/2407.21783")]
    [InlineData("https://arxiv.org/abs/2407.21783v2")]
    [InlineData("http://arxiv.org/pdf/2407.21783v1")]
    [InlineData("https://arxiv.org/pdf/2407.21783.pdf")]
    [InlineData("https://www.arxiv.org/html/2407.21783v3")]
    [InlineData(" arxiv.org/abs/2407.21783 ")]
    public void Show_finds_a_paper_by_its_arXiv_id_Hub_page_or_arXiv_page(string reference)
    {
        var run = CliRun.Over(Catalogue, plain: true, "show", reference);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Field("Id").ShouldBe(Herd.Id.Value);
    }

    [Theory]
    [InlineData("https://example.org/papers/2407.21783")]
    [InlineData("https://huggingface.co/datasets/2407.21783")]
    [InlineData("https://arxiv.org/abs/2407.21783/extra")]
    [InlineData("ftp://arxiv.org/abs/2407.21783")]
    [InlineData("2407.217")]
    [InlineData("2407.217830")]
    [InlineData("hep-th/9901001")]
    public void Other_addresses_and_numbers_are_not_arXiv_references(string text)
    {
        ArxivReference.TryParse(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void An_arXiv_id_no_paper_has_says_how_to_fetch_it()
    {
        var run = CliRun.Over(Catalogue, plain: true, "show", "https://arxiv.org/abs/2501.00001v1");

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldStartWith("papers show: no paper has the arXiv id 2501.00001. To add it: 'papers fetch --paper 2501.00001 -o DIR', then 'papers show 2501.00001 --source DIR'.\n");
    }

    [Fact]
    public void On_a_terminal_show_lists_the_first_authors_and_how_many_more()
    {
        var run = CliRun.Over(Catalogue, plain: false, "show", Herd.Id.Value);

        run.ExitCode.ShouldBe(0, run.Error);
        var shown = string.Join(' ', run.Out.Split('\n').Select(line => line.Trim()));
        var first = string.Join(", ", Enumerable.Range(1, RichOutput.MaxListedItems).Select(i => $"Author {i}"));
        shown.ShouldContain($"{first} and {533 - RichOutput.MaxListedItems} more (--plain lists them all)");
        shown.ShouldNotContain($"Author {RichOutput.MaxListedItems + 1},");
    }

    [Fact]
    public void Plain_show_lists_every_author()
    {
        var run = CliRun.Over(Catalogue, plain: true, "show", Herd.Id.Value);

        run.Field("Author list").Split(", ").ShouldBe(Herd.Authors.Select(author => author.Name));
        run.Field("Keywords").ShouldBe("foundation models, multilinguality");
    }

    [Fact]
    public void On_a_terminal_every_label_of_show_starts_its_value_in_the_same_column()
    {
        string[] labels = ["Title", "Id", "Published", "Authors", "Organisation", "Comments", "arXiv", "Hub", "arXiv page", "Upvotes", "Author list", "Keywords", "Link"];

        var run = CliRun.Over(Catalogue, plain: false, "show", Herd.Id.Value);

        var valueColumns = run.Out.Split('\n')
            .Select(line => (Line: line, Label: labels.Where(label => line.StartsWith(label + " ", StringComparison.Ordinal)).MaxBy(label => label.Length)))
            .Where(labelled => labelled.Label is not null)
            .ToDictionary(labelled => labelled.Label!, labelled => labelled.Line.Length - labelled.Line[labelled.Label!.Length..].TrimStart().Length);
        valueColumns.Keys.ShouldBe(labels, ignoreOrder: true);
        valueColumns.Values.Distinct().ShouldHaveSingleItem();
    }

    public static TheoryData<string, string[], string> SortKeys => new()
    {
        { "relevance", ["models"], "Score" },
        { "date", [], "Date" },
        { "comments", [], "Comments" },
        { "upvotes", [], "Upvotes" },
        { "title", [], "Title" },
        { "id", [], "Id" },
    };

    [Theory]
    [MemberData(nameof(SortKeys))]
    public void Search_always_shows_the_key_it_sorts_by(string sort, string[] text, string header)
    {
        var plain = CliRun.Over(Catalogue, plain: true, ["search", .. text, "--sort", sort]);
        var rich = CliRun.Over(Catalogue, plain: false, ["search", .. text, "--sort", sort]);

        plain.ExitCode.ShouldBe(0, plain.Error);
        plain.Lines[0].Split('\t').ShouldContain(header);
        if (header == "Id")
        {
            // On a terminal an id has a line of its own under its row, with no header.
            rich.Lines.ShouldContain(line => line.Trim() == Herd.Id.Value);
        }
        else
        {
            rich.Lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldContain(header);
        }
    }

    [Fact]
    public void Sorted_by_upvotes_the_upvotes_column_is_in_descending_order_and_unknown_last()
    {
        var run = CliRun.Over(Catalogue, plain: true, "search", "--sort", "upvotes");

        run.Column("Upvotes").ShouldBe(["94", "24", string.Empty]);
        run.Column("Id").ShouldBe([Herd.Id.Value, Tora.Id.Value, TextCopy.Id.Value]);
    }
}
