using System.Linq;
using PaperDataset.Analyzers;
using PaperDataset.Generator.Emitting;
using Shouldly;
using Xunit;

namespace PaperDataset.Analyzer.Tests;

/// <summary>
/// The analyzer's index answers as the catalogue's run-time lookups do: for every probe, the paper a dictionary keyed by id
/// or arXiv id (ordinal) or by title (<see cref="PaperTitleComparer"/>) would give, last in id order winning, or none.
/// </summary>
public sealed class CatalogueIndexTests
{
    private static readonly CatalogueKey[] Papers =
    [
        new("attention-is-all-you-need", "Attention Is All You Need", "1706.03762", null),
        new("cafe", "Caf\u00e9 au lait: \u00fcber Unicode", "2401.00001", null),
        new("cafe-decomposed", "Cafe\u0301 noir", null, null),
        new("ligatures", "\ufb01ne-tuning \uff2c\uff2c\uff2d\uff53", "2401.00002", null),
        new("spaces", "  Spaces\tand\nlines\u00a0 ", null, null),
        new("strasse", "Stra\u00dfe", "2401.00002", null),
        new("broken", "Broken \ud800 title", null, null),
        new("same-title", "Same Title", null, null),
        new("same-title-again", "same   TITLE", null, null),
        .. Enumerable.Range(0, 500).Select(i => new CatalogueKey("paper-" + i, "Paper number " + i, "2402." + (10000 + i), null)),
    ];

    private static readonly CatalogueIndex Index =
        new(CatalogueKeysFormat.Read(CatalogueKeysFormat.Write("Lab.Papers", hasHandles: true, Papers))!);

    public static TheoryData<string> TitleProbes => new(
        Papers.Select(paper => paper.Title)
            .Concat(Papers.Take(12).Where(paper => paper.Id != "broken").SelectMany(paper => new[]
            {
                paper.Title.ToUpperInvariant(),
                " " + paper.Title.ToLowerInvariant().Replace(" ", "\t ", System.StringComparison.Ordinal) + "\n",
                paper.Title + "s",
                paper.Title.Normalize(System.Text.NormalizationForm.FormD),
            }))
            .Concat(["", " ", "Caf\u00e9 noir", "fine-tuning LLMs", "STRASSE", "Broken \ud800 TITLE", "Paper number 500"])
            .Distinct());

    [Theory]
    [MemberData(nameof(TitleProbes))]
    public void A_title_finds_the_paper_FindByTitle_would(string title) =>
        Index.Find(KeyKind.Title, title).ShouldBe(LastMatch(paper => PaperTitleComparer.Instance.Equals(paper.Title, title)));

    [Fact]
    public void Every_id_is_found_by_binary_search_and_near_ids_are_not()
    {
        foreach (var id in Papers.Select(paper => paper.Id).Concat(["", "a", "zzz", "paper-", "paper-5000", "Attention-is-all-you-need", "cafe-"]))
        {
            Index.Find(KeyKind.Id, id).ShouldBe(LastMatch(paper => paper.Id == id), id);
        }
    }

    [Fact]
    public void An_arxiv_id_finds_the_last_paper_with_it_in_id_order()
    {
        foreach (var arxivId in Papers.Select(paper => paper.ArxivId ?? "none").Concat(["", "2401.0000", "2402.10500"]))
        {
            Index.Find(KeyKind.ArxivId, arxivId).ShouldBe(LastMatch(paper => paper.ArxivId == arxivId), arxivId);
        }

        Index.KeyOf(Index.Find(KeyKind.ArxivId, "2401.00002"), KeyKind.Id).ShouldBe("strasse");
    }

    [Fact]
    public void A_near_key_names_the_closest_paper_and_its_fields()
    {
        var paper = Index.Closest(KeyKind.Title, "caf\u00e9 au lait: uber unicode", TestContext.Current.CancellationToken);

        Index.KeyOf(paper, KeyKind.Title).ShouldBe("Caf\u00e9 au lait: \u00fcber Unicode");
        Index.KeyOf(Index.Closest(KeyKind.Id, "paper-4999", TestContext.Current.CancellationToken), KeyKind.Id).ShouldBe("paper-499");
        Index.KeyOf(Index.Find(KeyKind.Id, "spaces"), KeyKind.ArxivId).ShouldBeNull();
    }

    // The paper a dictionary filled in id order would hold: the last match.
    private static int LastMatch(System.Func<CatalogueKey, bool> matches)
    {
        var inIdOrder = Papers.OrderBy(paper => paper.Id, System.StringComparer.Ordinal).ToList();
        return inIdOrder.FindLastIndex(paper => matches(paper));
    }
}
