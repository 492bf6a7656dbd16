using System.IO;
using System.Linq;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests;

/// <summary><c>--source</c>: the explorer over files, read with the generator's own reader and merger.</summary>
public class SourceOptionTests
{
    [Fact]
    public void Stats_over_the_shared_hub_files_counts_their_papers_and_reports_the_corrupted_one()
    {
        var run = CliRun.Plain(["stats", .. SharedData.HubSources]);

        run.ExitCode.ShouldBe(0, run.Error);
        // 9 + 25 + 12 + 17 daily items and the saved page's 13, as one catalogue (a paper in two files is one paper).
        var papers = int.Parse(run.TableAfter("# Catalogue").Single(row => row[0] == "Papers")[1], System.Globalization.CultureInfo.InvariantCulture);
        papers.ShouldBeInRange(60, 76);
        run.Error.ShouldContain("daily_papers_2024-12-11.json");
        run.Error.ShouldContain("PDS017");
    }

    [Fact]
    public void Stats_shows_the_most_upvoted_papers_when_the_source_has_upvotes_and_not_for_text_copies()
    {
        var hub = CliRun.Plain("stats", "--source", HubFiles.PathOf("daily_papers_2025-03-17.json"));
        var textCopy = CliRun.Plain("stats", "--source", System.IO.Path.Combine(SharedData.Data, "000_268e26c7047ff591.txt"), "--captured-on", "2025-11-07");
        var bundled = CliRun.Plain("stats");

        var upvoted = hub.TableAfter("# Most upvoted").Skip(1).ToList(); // after its header row
        upvoted.Count.ShouldBe(10);
        upvoted.Select(row => int.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture)).ShouldBeInOrder(SortDirection.Descending);
        upvoted[0][1].ShouldMatch(@"^\d{4}\.\d{4,5}$");
        textCopy.ExitCode.ShouldBe(0, textCopy.Error);
        textCopy.Out.ShouldNotContain("Most upvoted");
        bundled.Out.ShouldContain("Most upvoted", Case.Sensitive, "the bundled catalogue holds Hub papers too");
    }

    [Fact]
    public void Show_over_a_hub_file_prints_the_arxiv_id_links_authors_and_upvotes()
    {
        var export = CliRun.Plain("export", "--source", HubFiles.PathOf("daily_papers_2026-08-21.json"), "--format", "jsonl");
        var first = System.Text.Json.JsonSerializer.Deserialize(export.Lines[0], PaperDataset.Json.PaperJsonContext.Default.Paper)!;

        var run = CliRun.Plain("show", first.Id.Value, "--source", HubFiles.PathOf("daily_papers_2026-08-21.json"));

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain(first.ArxivId!);
        run.Out.ShouldContain("https://huggingface.co/papers/" + first.ArxivId);
        run.Out.ShouldContain("https://arxiv.org/abs/" + first.ArxivId);
        run.Out.ShouldContain(first.Authors[0].Name);
        run.Out.ShouldContain("Upvotes");
    }

    [Fact]
    public void The_bundled_text_copies_read_at_run_time_give_the_compiled_catalogue()
    {
        // One capture date for all five files differs from four of their headers (PDS004) but no paper: the bundled
        // dates only resolve year-less dates, and four files give every date a year; so compare what does not depend on it.
        var run = CliRun.Plain("export", "--source", SharedData.Data, "--format", "jsonl", "--captured-on", "2025-11-07");

        run.ExitCode.ShouldBe(0, run.Error);
        var fromFiles = run.Lines.Select(line => System.Text.Json.JsonSerializer.Deserialize(line, PaperDataset.Json.PaperJsonContext.Default.Paper)!).ToList();
        fromFiles.Select(p => (p.Id.Value, p.Title, p.Abstract, p.AuthorCount, p.Organization, p.CommentCount))
            .ShouldBe(Papers.All.Select(p => (p.Id.Value, p.Title, p.Abstract, p.AuthorCount, p.Organization, p.CommentCount)));
    }

    [Fact]
    public void A_missing_source_is_a_usage_error()
    {
        var run = CliRun.Plain("stats", "--source", "/no/such/folder");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("neither a file nor a folder");
    }
}
