using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading;
using PaperDataset.Testing;
using Shouldly;
using Xunit;
using static PaperDataset.Testing.HubJsonValues;

namespace PaperDataset.Robustness.Tests.Variants;

/// <summary>
/// Every real Hub response and saved page of the repository (<see cref="HubFiles"/>), through the reading library. Expected
/// values are parsed here with JsonDocument and a regular expression, independently of the reader's own code.
/// </summary>
public class HubApiFileTests
{
    private static readonly (string Name, int Count, string Day)[] Lists =
    [
        ("daily_papers_2024-03-12.json", 9, "2024-03-12"),
        ("daily_papers_2024-10-25.json", 25, "2024-10-25"),
        ("daily_papers_2025-03-17.json", 12, "2025-03-17"),
        ("daily_papers_2026-08-21.json", 17, "2026-08-21"),
    ];

    public static TheoryData<string, int, string> JsonLists
    {
        get
        {
            var data = new TheoryData<string, int, string>();
            foreach (var (name, count, day) in Lists)
            {
                data.Add(name, count, day);
            }

            return data;
        }
    }

    private static (string Text, ReadResult Read) ReadFile(string name)
    {
        var path = HubFiles.PathOf(name);
        File.Exists(path).ShouldBeTrue($"the real Hub file {path} is missing from the repository");
        var text = File.ReadAllText(path);
        return (text, SourceReader.Read(new SourceDocument(path, text, CapturedOn: null), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Every_file_in_the_folder_is_covered_here()
    {
        var covered = Lists.Select(list => list.Name).Concat(["daily_papers_2024-12-11.json", "papers_page_2024-08-01.html"]);

        HubFiles.All.Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(covered.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(JsonLists))]
    public void A_daily_list_gives_every_item_without_diagnostics(string name, int count, string day)
    {
        var (_, read) = ReadFile(name);

        read.Format.ShouldBe(SourceFormat.HubJson);
        read.Diagnostics.ShouldBeEmpty();
        read.Entries.Count.ShouldBe(count);
        read.CapturedOn.ShouldNotBeNull().ToString().ShouldBe(day);
    }

    [Theory]
    [MemberData(nameof(JsonLists))]
    public void Every_item_of_a_daily_list_matches_its_JSON_field_by_field(string name, int count, string day)
    {
        _ = (count, day);
        var (text, read) = ReadFile(name);
        using var json = JsonDocument.Parse(text);

        var items = json.RootElement.EnumerateArray().ToList();
        read.Entries.Count.ShouldBe(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            ShouldMatch(read.Entries[i], items[i], $"{name} item {i}");
        }
    }

    [Fact]
    public void Items_sit_at_the_line_of_their_opening_brace()
    {
        var (text, read) = ReadFile("daily_papers_2024-10-25.json");
        var lines = text.Split('\n');

        read.Entries.ShouldAllBe(entry => lines[entry.Position.Line].Trim() == "{");
        read.Entries[0].Position.LineNumber.ShouldBe(2);
        ReadFile("daily_papers_2024-03-12.json").Read.Entries.ShouldAllBe(entry => entry.Position.LineNumber == 1);
    }

    [Fact]
    public void The_newest_shape_carries_organization_stars_and_summaries()
    {
        var entries = ReadFile("daily_papers_2026-08-21.json").Read.Entries;

        entries.ShouldContain(entry => entry.Organization != null);
        entries.ShouldContain(entry => entry.GitHubStars != null);
        entries.ShouldContain(entry => entry.AiSummary != null && entry.Keywords.Count > 0);
        entries.ShouldAllBe(entry => entry.SubmittedOn != null);
    }

    [Fact]
    public void The_corrupted_list_of_python_reprs_is_one_PDS017_and_no_papers()
    {
        var (_, read) = ReadFile("daily_papers_2024-12-11.json");

        read.Entries.ShouldBeEmpty();
        var diagnostic = read.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS017");
        diagnostic.Position.LineNumber.ShouldBe(2);
        diagnostic.MessageArgs.Take(4).ShouldBe(["26", "26", "daily_papers_2024-12-11.json", "2"]);
        diagnostic.MessageArgs[4].ShouldStartWith("the string \"{'paper': {'id': '2412.07730'");
    }

    [Fact]
    public void The_saved_page_gives_its_13_papers_matching_the_attribute_JSON()
    {
        var (text, read) = ReadFile("papers_page_2024-08-01.html");

        read.Format.ShouldBe(SourceFormat.HubHtml);
        read.Diagnostics.ShouldBeEmpty();
        read.Entries.Count.ShouldBe(13);
        read.CapturedOn.ShouldBe(new CalendarDate(2024, 8, 1));

        var props = PageProps(text);
        props.Success.ShouldBeTrue();
        var line = text.Substring(0, props.Index).Count(c => c == '\n') + 1;
        using var json = JsonDocument.Parse(WebUtility.HtmlDecode(props.Groups[1].Value));
        var items = json.RootElement.GetProperty("dailyPapers").EnumerateArray().ToList();
        for (var i = 0; i < items.Count; i++)
        {
            ShouldMatch(read.Entries[i], items[i], $"page item {i}");
            read.Entries[i].Position.LineNumber.ShouldBe(line);
        }
    }

    private static void ShouldMatch(SourceEntry entry, JsonElement item, string what)
    {
        var paper = item.GetProperty("paper");
        entry.ArxivId.ShouldBe(paper.GetProperty("id").GetString(), what);
        entry.Title.ShouldBe(Collapsed(paper.GetProperty("title").GetString()), what);
        entry.Abstract.ShouldBe(Collapsed(paper.GetProperty("summary").GetString()), what);
        entry.Upvotes.ShouldBe(Int(paper, "upvotes"), what);
        entry.CommentCount.ShouldBe(Int(item, "numComments"), what);
        entry.PublishedOn.ShouldBe(Date(paper, "publishedAt"), what);
        entry.SubmittedOn.ShouldBe(Date(paper, "submittedOnDailyAt"), what);
        entry.GitHubRepository.ShouldBe(Text(paper, "githubRepo"), what);
        entry.ProjectPage.ShouldBe(Text(paper, "projectPage"), what);
        entry.GitHubStars.ShouldBe(Int(paper, "githubStars"), what);
        entry.AiSummary.ShouldBe(Collapsed(Text(paper, "ai_summary")), what);
        var keywords = paper.TryGetProperty("ai_keywords", out var list) ? list.EnumerateArray().Select(keyword => keyword.GetString()!) : [];
        string.Join("|", entry.Keywords).ShouldBe(string.Join("|", keywords), what);

        var authors = paper.GetProperty("authors").EnumerateArray().ToList();
        entry.AuthorCount.ShouldBe(authors.Count, what);
        entry.Authors.Select(author => (author.Name, author.HubUser)).ShouldBe(
            authors.Select(author => (author.GetProperty("name").GetString()!,
                author.TryGetProperty("user", out var user) ? Text(user, "user") : null)).ToList(),
            what);

        var organization = paper.TryGetProperty("organization", out var own) ? own : item.TryGetProperty("organization", out var outer) ? outer : (JsonElement?)null;
        entry.Organization.ShouldBe(
            organization is { } org ? new OrganizationSpec(org.GetProperty("name").GetString()!, Text(org, "fullname") ?? org.GetProperty("name").GetString()!) : null,
            what);
    }

    private static CalendarDate? Date(JsonElement owner, string name) =>
        UtcDate(owner, name) is { } date ? new CalendarDate(date.Year, date.Month, date.Day) : null;
}
