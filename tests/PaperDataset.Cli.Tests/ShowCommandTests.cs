using System.Globalization;
using System.Linq;
using PaperDataset.Cli.Catalogue;
using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests;

public sealed class ShowCommandTests
{
    private static readonly Paper Yolo = Papers.Known.Yolov9LearningWhatYouWantToLearnUsingProgrammableGradientInformation;

    [Fact]
    public void Shows_every_field_of_a_paper_found_by_id()
    {
        var run = CliRun.Plain("show", Yolo.Id.Value);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Field("Title").ShouldBe(Yolo.Title);
        run.Field("Id").ShouldBe(Yolo.Id.Value);
        run.Field("Published").ShouldBe(Yolo.PublishedOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        run.Field("Authors").ShouldBe(Yolo.AuthorCount!.Value.ToString(CultureInfo.InvariantCulture));
        run.Field("Comments").ShouldBe(Yolo.CommentCount!.Value.ToString(CultureInfo.InvariantCulture));
        run.Field("Abstract").ShouldBe(Yolo.Abstract);
        run.Field("Link").ShouldBe("https://github.com/WongKinYiu/yolov9");
        run.TableAfter("File\tLine\tCaptured").Select(r => (r[0], r[1])).ShouldBe(
            Yolo.Sources.Select(s => (s.FileName, s.Line.ToString(CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("YOLOv9: Learning What You Want to Learn Using Programmable Gradient Information")]
    [InlineData("  yolov9:  learning what you want to learn using programmable gradient information ")]
    [InlineData("YOLOv9 - Learning What You Want to Learn Using Programmable Gradient Information")]
    [InlineData("yolov9")]
    public void Finds_a_paper_by_title_or_unique_id_prefix(string text)
    {
        var run = CliRun.Plain("show", text);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Field("Id").ShouldBe(Yolo.Id.Value);
    }

    [Fact]
    public void Finds_every_paper_by_its_id_and_by_its_title()
    {
        var lookup = new PaperLookup(Papers.All);
        foreach (var paper in Papers.All)
        {
            lookup.Find(paper.Id.Value).Paper.ShouldBe(paper);
            lookup.Find(paper.Title).Paper.ShouldBe(paper);
        }
    }

    [Fact]
    public void Shows_the_organisation_when_there_is_one()
    {
        var paper = Papers.All.First(p => p.Organization is not null && p.Authors.IsEmpty); // a text copy's organisation

        var run = CliRun.Plain("show", paper.Id.Value);

        run.Field("Organisation").ShouldBe($"{paper.Organization!.Handle} ({paper.Organization.Name})");
        run.Field("Authors").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("yolov8-learning-what-you-want-to-learn-using-programmable-gradient-information")]
    [InlineData("yolo-v9")]
    [InlineData("YOLOv9 Learning What You Need")]
    public void A_near_miss_fails_and_suggests_the_closest_ids(string text)
    {
        var run = CliRun.Plain("show", text);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain($"no paper has the id or title '{text}'");
        run.Error.ShouldContain("Did you mean:");
        var firstSuggestion = run.Error.Split('\n').SkipWhile(l => !l.StartsWith("Did you mean:", System.StringComparison.Ordinal)).Skip(1).First();
        firstSuggestion.Trim().ShouldStartWith(Yolo.Id.Value);
    }

    [Fact]
    public void Suggests_papers_that_share_words()
    {
        var paper = Papers.Known.ABriefReviewOfHypernetworksInDeepLearning;

        var lookup = new PaperLookup(Papers.All);

        lookup.Suggest("hypernetwork reviews")[0].ShouldBe(paper);
        lookup.Suggest("a-brief-review-of-hypernetwork-in-deep-learning")[0].ShouldBe(paper);
        lookup.Suggest("qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq").ShouldBeEmpty();
    }

    [Fact]
    public void Nothing_close_says_how_to_search()
    {
        var run = CliRun.Plain("show", "qqqqqqqqqqqqqqqqqqqqqqqqq");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("papers search");
    }

    [Fact]
    public void Rich_output_wraps_the_abstract_in_a_panel()
    {
        var run = CliRun.Rich("show", Yolo.Id.Value);

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("Abstract");
        run.Out.ShouldContain("╭");
        var lines = run.Out.Split('\n');
        lines.Where(l => !l.StartsWith("Id ", System.StringComparison.Ordinal)).ShouldAllBe(l => l.Length <= 80);
        lines.ShouldContain(l => l.Split(' ', System.StringSplitOptions.RemoveEmptyEntries).SequenceEqual(new[] { "Id", Yolo.Id.Value }));
        lines.Count(l => l.StartsWith('│')).ShouldBeGreaterThan(5);
    }

    [Theory]
    [InlineData("Code: https://github.com/a/b.", "https://github.com/a/b")]
    [InlineData("See https://github.com/kleinzcy/Cr-KD-NCD{here}.", "https://github.com/kleinzcy/Cr-KD-NCD")]
    [InlineData("(at https://x.io/p_(1)), and", "https://x.io/p_(1)")]
    [InlineData("demo: http://35.238.22.135:5000/,", "http://35.238.22.135:5000/")]
    public void Finds_links_in_abstracts(string text, string link)
    {
        Links.In(text).ShouldBe([link]);
    }

    [Fact]
    public void Finds_no_links_where_there_are_none()
    {
        Links.In("No links here, only https:// and www.").ShouldBeEmpty();
    }
}
