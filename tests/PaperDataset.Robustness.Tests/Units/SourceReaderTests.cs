using System;
using System.Linq;
using System.Threading;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading;
using PaperDataset.Sources.Reading.TextCopy;
using PaperDataset.Sources.Text;
using PaperDataset.Testing;
using PaperDataset.Robustness.Tests.Infrastructure;
using Shouldly;
using Xunit;
using static PaperDataset.Testing.ScrapeBuilder;
using static PaperDataset.Robustness.Tests.Infrastructure.ReadResults;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary><see cref="PaperDataset.Sources.Reading.SourceReader"/>, the reading library's entry point: the capture date, file names, an empty file, cancellation.</summary>
public class SourceReaderTests
{
    [Theory]
    [InlineData("/scrapes/page.txt", "page.txt")]
    [InlineData("C:\\Users\\x\\page.txt", "page.txt")]
    [InlineData("/mixed\\dirs/x\\page.txt", "page.txt")]
    [InlineData("/page.txt", "page.txt")]
    [InlineData("\\page.txt", "page.txt")]
    [InlineData("page.txt", "page.txt")]
    [InlineData("/dir/", "")]
    [InlineData("", "")]
    public void The_file_name_is_the_path_without_directories(string path, string name)
    {
        SourceDocument.FileNameOf(path).ShouldBe(name);
    }

    [Fact]
    public void The_result_names_the_file_and_its_capture_date()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T", "A"), "C:\\scrapes\\000_a.txt", "2025-11-07");

        parsed.Path.ShouldBe("C:\\scrapes\\000_a.txt");
        parsed.FileName.ShouldBe("000_a.txt");
        parsed.CapturedOn.ShouldBe(new CalendarDate(2025, 11, 7));
        parsed.Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_missing_capture_date_is_a_warning_naming_the_file_and_year_less_dates_stay_open(string? capturedOn)
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T", "A", Authors(3, "Nov 2")), "/s/page.txt", capturedOn);

        parsed.CapturedOn.ShouldBeNull();
        var diagnostic = parsed.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS003");
        diagnostic.FilePath.ShouldBe("/s/page.txt");
        diagnostic.Position.LineNumber.ShouldBe(1);
        diagnostic.MessageArgs.ShouldBe(["page.txt"]);
        parsed.Entries.ShouldHaveSingleItem().ShouldHaveMeta().PublishedOn.ShouldBeNull();
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("07/11/2025")]
    [InlineData("yesterday")]
    public void An_invalid_capture_date_is_reported_with_its_text_and_treated_as_missing(string capturedOn)
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T", "A", Authors(3, "Nov 2")), "/s/page.txt", capturedOn);

        parsed.CapturedOn.ShouldBeNull();
        var diagnostic = parsed.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS007");
        diagnostic.Position.LineNumber.ShouldBe(1);
        diagnostic.MessageArgs.ShouldBe([capturedOn]);
        parsed.Entries.ShouldHaveSingleItem().ShouldHaveMeta().PublishedOn.ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t\n")]
    [InlineData("new\n\nSubscribe\n\nNov 7\n")]
    public void A_file_without_papers_is_reported_by_name(string text)
    {
        var parsed = Pipeline.Parse(text, "/s/empty.txt");

        parsed.Entries.ShouldBeEmpty();
        var diagnostic = parsed.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS006");
        diagnostic.FilePath.ShouldBe("/s/empty.txt");
        diagnostic.Position.LineNumber.ShouldBe(1);
        diagnostic.MessageArgs.ShouldBe(["empty.txt"]);
    }

    [Fact]
    public void A_refused_file_names_the_file_and_the_reason()
    {
        var parsed = Pipeline.Parse("new\n\n# Daily Papers\n", "/s/export.md");

        var diagnostic = parsed.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS013");
        diagnostic.FilePath.ShouldBe("/s/export.md");
        diagnostic.Position.LineNumber.ShouldBe(3);
        diagnostic.MessageArgs.ShouldBe(["export.md", "line 3 is a Markdown heading (\"# Daily Papers\")"]);
    }

    [Fact]
    public void Diagnostics_point_at_the_file_they_come_from()
    {
        var parsed = Pipeline.Parse(Page("Nov 7", "T1", "·", "T2", "A2"), "/s/debris.txt");

        parsed.Diagnostics.ShouldNotBeEmpty();
        parsed.Diagnostics.ShouldAllBe(diagnostic => diagnostic.FilePath == "/s/debris.txt");
    }

    [Fact]
    public void File_level_diagnostics_cover_the_whole_first_line()
    {
        var text = "\uFEFFnew\r\n\r\nT\n\nA\n";

        var parsed = Pipeline.Parse(text, "/s/p.txt", capturedOn: null);

        var diagnostic = parsed.Diagnostics.Single(diagnostic => diagnostic.Id == "PDS003");
        diagnostic.Position.ShouldBe(TextLines.SplitLines(text)[0].Position);
        diagnostic.Position.ShouldBe(new TextPosition(0, 1, 3, 0, 3));
        Pipeline.Parse("new\n\nSubscribe\n", "/s/p.txt").Diagnostics.Single(d => d.Id == "PDS006").Position.Length.ShouldBe(3);
    }

    [Fact]
    public void A_cancelled_parse_stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => SourceReader.Read(new SourceDocument("/s/p.txt", Page("Nov 7", "T", "A"), "2025-11-07"), cancelled.Token));
    }
}
