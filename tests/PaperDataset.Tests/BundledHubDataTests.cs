using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PaperDataset.Testing;
using Shouldly;
using Xunit;
using static PaperDataset.Testing.HubJsonValues;

namespace PaperDataset.Tests;

/// <summary>
/// The papers of the bundled Hub files (data/hub: four daily lists and a saved papers page) in the compiled catalogue,
/// field by field against the files' JSON read here with <see cref="JsonDocument"/>, independently of the generator.
/// </summary>
public class BundledHubDataTests
{
    private static readonly IReadOnlyList<(string File, JsonElement Item)> Items = ReadItems();

    public static TheoryData<string> ArxivIds => [.. Items.Select(item => item.Item.GetProperty("paper").GetProperty("id").GetString()!)];

    [Fact]
    public void Every_item_of_the_hub_files_is_one_paper_with_an_arxiv_id_authors_and_upvotes()
    {
        Items.Count.ShouldBe(76); // 9 + 25 + 12 + 17 daily items and the page's 13, no paper in two files
        Papers.All.Count(paper => paper.ArxivId is not null).ShouldBe(Items.Count);
        Papers.All.Count(paper => paper.ArxivId is not null && paper.Authors.Length > 0 && paper.Upvotes is not null).ShouldBe(Items.Count);
        Papers.All.Count(paper => paper.AiSummary is not null).ShouldBe(Items.Count(item => Text(item.Item.GetProperty("paper"), "ai_summary") is not null));
        Papers.All.Count(paper => paper.GitHubRepository is not null).ShouldBeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(ArxivIds))]
    public void A_hub_paper_has_the_fields_of_its_item(string arxivId)
    {
        var (file, item) = Items.Single(entry => entry.Item.GetProperty("paper").GetProperty("id").GetString() == arxivId);
        var json = item.GetProperty("paper");
        var paper = Papers.GetByArxivId(arxivId);

        paper.Sources.Where(source => source.FileName == file).ShouldHaveSingleItem();
        paper.ArxivUrl.ShouldBe(new Uri($"https://arxiv.org/abs/{arxivId}"));
        paper.Upvotes.ShouldBe(Int(json, "upvotes"));
        paper.SubmittedOn.ShouldBe(UtcDate(json, "submittedOnDailyAt"));
        paper.GitHubRepository.ShouldBe(Text(json, "githubRepo"));
        paper.GitHubStars.ShouldBe(Int(json, "githubStars"));
        paper.ProjectPage.ShouldBe(Text(json, "projectPage"));
        paper.AiSummary.ShouldBe(Collapsed(Text(json, "ai_summary")));
        paper.Keywords.ShouldBe(json.TryGetProperty("ai_keywords", out var keywords) ? [.. keywords.EnumerateArray().Select(k => k.GetString()!)] : []);
        paper.Authors.Select(author => (author.Name, author.HuggingFaceUser)).ShouldBe(
            [.. json.GetProperty("authors").EnumerateArray().Select(a => (a.GetProperty("name").GetString()!, a.TryGetProperty("user", out var user) ? Text(user, "user") : null))]);

        if (paper.Sources.Length > 1)
        {
            return; // a text copy of the same paper, captured later, gives the fields both show (newest wins)
        }

        paper.Title.ShouldBe(Collapsed(json.GetProperty("title").GetString()));
        paper.Abstract.ShouldBe(Collapsed(json.GetProperty("summary").GetString()));
        paper.PublishedOn.ShouldBe(UtcDate(json, "publishedAt"));
        paper.AuthorCount.ShouldBe(paper.Authors.Length);
        paper.CommentCount.ShouldBe(Int(item, "numComments"));
        var organization = json.TryGetProperty("organization", out var own) ? own : item.TryGetProperty("organization", out var outer) ? outer : (JsonElement?)null;
        paper.Organization.ShouldBe(organization is { } org ? new PaperOrganization(org.GetProperty("name").GetString()!, Text(org, "fullname") ?? org.GetProperty("name").GetString()!) : null);
    }

    [Fact]
    public void A_text_copy_entry_joins_the_hub_paper_with_its_title_and_keeps_what_it_showed()
    {
        var paper = Papers.Known.ExploringTheVulnerabilitiesOfFederatedLearningADeepDiveIntoGradientInversionAttacks;

        paper.ArxivId.ShouldBe("2503.11514");
        paper.Sources.Select(source => source.FileName).ShouldBe(["000_268e26c7047ff591.txt", "daily_papers_2025-03-17.json"]);
        paper.CommentCount.ShouldBe(2); // the text copy of 2025-11-07 is newer than the daily list of 2025-03-17
        paper.Upvotes.ShouldNotBeNull();
        paper.Authors.ShouldNotBeEmpty();
    }

    private static IReadOnlyList<(string File, JsonElement Item)> ReadItems()
    {
        var items = new List<(string, JsonElement)>();
        foreach (var path in Directory.GetFiles(HubFiles.Bundled).Order(StringComparer.Ordinal))
        {
            items.AddRange(HubJsonValues.Items(path, File.ReadAllText(path)).EnumerateArray().Select(item => (Path.GetFileName(path), item)));
        }

        return items;
    }
}
