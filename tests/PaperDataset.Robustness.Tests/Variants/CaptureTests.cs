using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Sources.Model;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Variants;

/// <summary>
/// The three real captures from other tools (<see cref="RealCaptures"/>, kept byte for byte in Samples/captures): each is read in
/// its own rendering, into the catalogue kept in Variants/Snapshots (checked against the file by hand once), with no paper
/// made of menus, links or footers, and the entry each cut file ends in named.
/// </summary>
public class CaptureTests
{
    private static readonly string[][] Rows = [.. RealCaptures.Files.Select(file => new[] { file.Name, file.CapturedOn, file.Rendering, file.Sha256 })];

    public static TheoryData<string, string, string, string> Captures
    {
        get
        {
            var data = new TheoryData<string, string, string, string>();
            foreach (var row in Rows)
            {
                data.Add(row[0], row[1], row[2], row[3]);
            }

            return data;
        }
    }

    private static string PathOf(string name) => RealCaptures.PathOf(name);

    private static ReadResult Read(string name, string capturedOn) => Pipeline.Parse(File.ReadAllText(PathOf(name)), "/captures/" + name, capturedOn);

    [Theory]
    [MemberData(nameof(Captures))]
    public void A_real_capture_is_kept_byte_exact(string name, string capturedOn, string format, string sha256)
    {
        _ = (capturedOn, format);
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(PathOf(name)))).ShouldBe(sha256);
    }

    [Fact]
    public void Each_capture_reads_into_its_approved_catalogue()
    {
        Snapshot.MatchAll(Rows.Select(row =>
        {
            var parsed = Read(row[0], row[1]);
            parsed.Format.ToString().ShouldBe(row[2]);
            return (row[0].Substring(0, row[0].IndexOf('_')), Describe(parsed));
        }));
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Every_heading_is_a_paper_or_named_and_no_paper_is_made_of_chrome(string name, string capturedOn, string format, string sha256)
    {
        _ = (format, sha256);
        var text = File.ReadAllText(PathOf(name));
        var parsed = Read(name, capturedOn);

        // A wrapped heading repeats "###" on its continuation line in text-browser output.
        var headings = text.Split('\n').Count(line => line.StartsWith("### ", StringComparison.Ordinal) && !line.StartsWith("### Approaches]", StringComparison.Ordinal) && !line.StartsWith("### Measurement]", StringComparison.Ordinal));
        var named = parsed.Diagnostics.Where(diagnostic => diagnostic.Id == "PDS008").ToList();
        (parsed.Entries.Count + named.Count).ShouldBe(headings);
        parsed.Entries.ShouldAllBe(entry => !entry.Title.Contains("](") && !entry.Title.Contains("][") && !entry.Title.Contains("http") && entry.Title.Length < 200);
        parsed.Entries.ShouldAllBe(entry => !entry.Abstract.StartsWith('[') && !entry.Abstract.Contains("](https://huggingface.co") && entry.Abstract.Length > 100);
        parsed.Entries.ShouldAllBe(entry => entry.Organization == null || !entry.Organization.Handle.Contains('/'));
        parsed.Diagnostics.Select(diagnostic => diagnostic.Id).ShouldAllBe(id => id == "PDS008");
    }

    [Fact]
    public void A_cut_capture_keeps_every_complete_entry_and_names_the_cut_one()
    {
        var markdown = Read(Rows[1][0], Rows[1][1]);
        markdown.Diagnostics.ShouldHaveSingleItem().MessageArgs.ShouldBe(["SourceBench: Can AI Answers Reference Quality Web Sources?"]);
        markdown.Entries.Count.ShouldBe(26);

        var browser = Read(Rows[0][0], Rows[0][1]);
        browser.Diagnostics.ShouldHaveSingleItem().MessageArgs.ShouldBe(["Reducing Distraction in Long-Context Language Models by Focused Learning"]);
        browser.Entries.Count.ShouldBe(33);
    }

    [Fact]
    public void The_repeated_entries_of_a_listing_merge_into_one_paper_each_without_a_report()
    {
        var parsed = Read(Rows[2][0], Rows[2][1]);

        var merged = Pipeline.Merge(parsed);

        parsed.Entries.Count.ShouldBe(100);
        merged.Catalogue.Papers.Count.ShouldBe(50);
        merged.Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Without_its_tool_preamble_a_capture_reads_the_same_papers(string name, string capturedOn, string format, string sha256)
    {
        _ = (format, sha256);
        var text = File.ReadAllText(PathOf(name));
        var start = text.IndexOf("\nnew\n", StringComparison.Ordinal);
        var body = start < 0 ? text.Substring(text.IndexOf("Get trending", StringComparison.Ordinal)) : text.Substring(start + 1);

        var whole = Read(name, capturedOn);
        var cut = Pipeline.Parse(body, "/captures/" + name, capturedOn);

        cut.Entries.Select(entry => entry with { Position = default }).ShouldBe(whole.Entries.Select(entry => entry with { Position = default }));
    }

    [Fact]
    [Trait("Category", "Compile")]
    public void Fed_to_the_generator_with_a_good_file_the_captures_add_their_papers_and_break_nothing()
    {
        var scrapes = Rows.Select(row => new Scrape("/captures/" + row[0], File.ReadAllText(PathOf(row[0])), row[1]))
            .Append(new Scrape("/s/good.txt", VariantSampleTests.Sample("bullets.txt"), ScrapeDocument.CapturedOnText))
            .ToArray();

        var run = GeneratorHarness.Run(scrapes);

        run.Diagnostics.Select(diagnostic => diagnostic.Id).ShouldBe(["PDS008", "PDS008"], ignoreOrder: true);
        run.CompilationProblems.ShouldBeEmpty();
        run.LoadPapers().Count.ShouldBe(33 + 26 + 50 + 3);
    }

    /// <summary>The catalogue a capture reads into, one entry a paragraph, then the diagnostics: what a reviewer checks against the file.</summary>
    private static string Describe(ReadResult parsed)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{parsed.FileName}: {parsed.Format}, {parsed.Entries.Count} entries\n");
        foreach (var entry in parsed.Entries)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nline {entry.Position.LineNumber}: {entry.Title}\n");
            var facts = new[]
            {
                entry.ArxivId is { } id ? "arXiv " + id : null,
                entry.Upvotes is { } upvotes ? $"{upvotes} upvotes" : null,
                entry.PublishedOn is { } date ? $"published {date}{(entry.PublishedPrecision == DatePrecision.DayOfInferredYear ? " (year inferred)" : string.Empty)}" : null,
                entry.AuthorCount is { } authors ? $"{authors} authors" : null,
                entry.Organization is { } organization ? $"organisation {organization.Handle} \"{organization.Name}\"" : null,
                entry.Shown.HasFlag(EntryFacts.CommentCount) ? $"{entry.CommentCount} comments" : null,
                entry.GitHubRepository is { } repository ? $"GitHub {repository}{(entry.GitHubStars is { } stars ? $" ({stars} stars)" : string.Empty)}" : null,
            };
            text.Append("  ").Append(string.Join(" · ", facts.Where(fact => fact is not null))).Append('\n');
            var summary = entry.Abstract;
            text.Append(CultureInfo.InvariantCulture, $"  abstract ({summary.Length} characters): {summary.Substring(0, Math.Min(70, summary.Length))} … {summary.Substring(Math.Max(0, summary.Length - 50))}\n");
        }

        text.Append('\n');
        foreach (var diagnostic in parsed.Diagnostics)
        {
            text.Append(CultureInfo.InvariantCulture, $"{diagnostic.Id} line {diagnostic.Position.LineNumber}: {diagnostic.Message}\n");
        }

        return text.ToString();
    }
}
