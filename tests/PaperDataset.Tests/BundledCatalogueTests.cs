using System;
using System.Linq;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Tests;

/// <summary>
/// The papers of the five bundled browser text copies in the compiled catalogue, checked against counts and fields read
/// off the text files independently (data/README.md lists the same numbers). <see cref="BundledHubDataTests"/> checks the
/// papers of the bundled Hub files.
/// </summary>
public class BundledCatalogueTests
{
    /// <summary>The papers seen in at least one text copy (a paper may be in a Hub file too).</summary>
    private static readonly Paper[] TextCopyPapers = [.. Papers.All.Where(paper => paper.Sources.Any(IsTextCopy))];

    private static bool IsTextCopy(PaperSource source) => source.FileName.EndsWith(".txt", StringComparison.Ordinal);

    [Fact]
    public void Every_distinct_paper_of_the_five_files_is_in_the_catalogue()
    {
        TextCopyPapers.Length.ShouldBe(183);
        TextCopyPapers.Sum(paper => paper.Sources.Count(IsTextCopy)).ShouldBe(218);
        TextCopyPapers.Count(paper => paper.Sources.Count(IsTextCopy) > 1).ShouldBe(28);
    }

    [Fact]
    public void The_catalogue_is_the_text_copies_papers_and_the_hub_files_papers_with_one_paper_in_both()
    {
        Papers.Count.ShouldBe(258);
        Papers.All.Length.ShouldBe(258);
        TextCopyPapers.Count(paper => paper.ArxivId is not null).ShouldBe(1);
    }

    [Theory]
    [InlineData("000_268e26c7047ff591.txt", 71)]
    [InlineData("001_a58a0ebfb6e376ad.txt", 32)]
    [InlineData("002_9a345f24856d5af3.txt", 43)]
    [InlineData("003_c67ba990316ca1ff.txt", 24)]
    [InlineData("004_86dd3053e311fd6f.txt", 48)]
    public void Each_file_contributes_all_its_entries_with_its_capture_date(string fileName, int entries)
    {
        var capturedOn = BundledScrapes.CapturedOn(fileName);
        var sources = Papers.All.SelectMany(paper => paper.Sources).Where(source => source.FileName == fileName).ToList();

        sources.Count.ShouldBe(entries);
        sources.ShouldAllBe(source => source.CapturedOn == DateOnly.Parse(capturedOn));
        sources.Select(source => source.Line).ShouldBeUnique();
    }

    [Fact]
    public void All_is_ordered_by_id_and_ids_are_unique_slugs()
    {
        var ids = Papers.All.Select(paper => paper.Id.Value).ToList();

        ids.ShouldBe(ids.Order(StringComparer.Ordinal).ToList());
        ids.ShouldBeUnique();
        ids.ShouldAllBe(id => System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z0-9]+(-[a-z0-9]+)*$"));
    }

    [Fact]
    public void A_paper_seen_in_four_files_is_one_entry_with_four_sources_newest_first()
    {
        var paper = Papers.Known.WideAndDeepNeuralNetworksAchieveOptimalityForClassification;

        paper.Title.ShouldBe("Wide and Deep Neural Networks Achieve Optimality for Classification");
        paper.Abstract.ShouldStartWith("While neural networks are used for classification tasks across domains");
        paper.PublishedOn.ShouldBe(new DateOnly(2022, 4, 29));
        paper.AuthorCount.ShouldBe(3);
        paper.CommentCount.ShouldBe(0);
        paper.Sources.ShouldBe(
        [
            new PaperSource("001_a58a0ebfb6e376ad.txt", 245, new DateOnly(2025, 12, 12)),
            new PaperSource("000_268e26c7047ff591.txt", 289, new DateOnly(2025, 11, 7)),
            new PaperSource("004_86dd3053e311fd6f.txt", 325, new DateOnly(2025, 10, 20)),
            new PaperSource("002_9a345f24856d5af3.txt", 159, new DateOnly(2025, 3, 11)),
        ]);
    }

    [Fact]
    public void Meta_comes_from_the_file_that_has_it_when_another_file_shows_none()
    {
        var paper = Papers.Get(new PaperId("yolov9-learning-what-you-want-to-learn-using-programmable-gradient-information"));

        paper.ShouldBeSameAs(Papers.Known.Yolov9LearningWhatYouWantToLearnUsingProgrammableGradientInformation);
        paper.PublishedOn.ShouldBe(new DateOnly(2024, 2, 21));
        paper.AuthorCount.ShouldBe(3);
        paper.CommentCount.ShouldBe(3);
        paper.Sources.Select(source => (source.FileName, source.Line)).ShouldBe([("000_268e26c7047ff591.txt", 117), ("002_9a345f24856d5af3.txt", 135)]);
    }

    [Fact]
    public void Organisation_entries_have_handle_and_name_and_no_author_count()
    {
        var practitioner = Papers.FindByTitle("A Practitioner's Guide to Multi-turn Agentic Reinforcement Learning").ShouldNotBeNull();
        practitioner.Organization.ShouldBe(new PaperOrganization("PEARLS-Lab", "PEARLS Lab"));
        practitioner.AuthorCount.ShouldBeNull();
        practitioner.PublishedOn.ShouldBe(new DateOnly(2025, 10, 1));
        practitioner.CommentCount.ShouldBe(2);

        var kalm = Papers.FindByTitle("KaLM-Embedding-V2: Superior Training Techniques and Data Inspire A Versatile Embedding Model").ShouldNotBeNull();
        kalm.Organization.ShouldBe(new PaperOrganization("KaLM-Embedding", "KaLM-Embedding"));
        kalm.PublishedOn.ShouldBe(new DateOnly(2025, 6, 25));

        TextCopyPapers.Count(paper => paper.Organization is not null).ShouldBe(2);
    }

    [Fact]
    public void Yearless_dates_resolve_to_the_capture_year_and_none_is_left_unresolved_where_a_date_was_shown()
    {
        Papers.FindByTitle("Continual Learning, Not Training: Online Adaptation For Agents")!.PublishedOn.ShouldBe(new DateOnly(2025, 11, 2));
        Papers.All.Single(paper => paper.Title.StartsWith("CoDiEmb:", StringComparison.Ordinal)).PublishedOn.ShouldBe(new DateOnly(2025, 8, 15));
        Papers.All.Where(paper => paper.CommentCount is not null).ShouldAllBe(paper => paper.PublishedOn != null);
        TextCopyPapers.Count(paper => paper.CommentCount is null).ShouldBe(24);
    }

    [Fact]
    public void Comment_counts_are_the_number_after_the_date()
    {
        TextCopyPapers.Count(paper => paper.CommentCount > 0).ShouldBe(16);
        Papers.FindByTitle("Exploring the Vulnerabilities of Federated Learning: A Deep Dive into Gradient Inversion Attacks")!.CommentCount.ShouldBe(2);
        Papers.FindByTitle("Implicit Actor Critic Coupling via a Supervised Learning Framework for RLVR")!.CommentCount.ShouldBe(4);
    }

    [Fact]
    public void Latex_debris_and_non_ascii_survive_exactly()
    {
        var paper = Papers.FindByTitle("Poincaré ResNet").ShouldNotBeNull();

        paper.Abstract.ShouldContain("Poincar\\'e ball");
        paper.Id.Value.ShouldBe("poincare-resnet");
    }

    [Fact]
    public void Every_paper_is_found_by_id_by_title_and_through_its_handle_property()
    {
        var handles = typeof(Papers.Known).GetProperties().Select(property => (Paper)property.GetValue(null)!).ToList();

        handles.Count.ShouldBe(Papers.Count);
        handles.ShouldBe(Papers.All, ignoreOrder: true);
        foreach (var paper in Papers.All)
        {
            Papers.TryGet(paper.Id, out var byId).ShouldBeTrue();
            byId.ShouldBeSameAs(paper);
            Papers.FindByTitle("  " + paper.Title.ToUpperInvariant() + " ").ShouldBeSameAs(paper);
        }

        Papers.TryGet(new PaperId("no-such-paper"), out _).ShouldBeFalse();
        Papers.TryGet(default, out _).ShouldBeFalse();
        Papers.FindByTitle("No such paper").ShouldBeNull();
        Should.Throw<System.Collections.Generic.KeyNotFoundException>(() => Papers.Get(new PaperId("no-such-paper")));
    }

    [Fact]
    public void Steady_state_lookups_and_enumeration_allocate_nothing()
    {
        var id = Papers.All[100].Id;
        var title = Papers.All[100].Title;
        var warmUp = Exercise(id, title);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Exercise(id, title);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.ShouldBe(0);
        result.ShouldBe(warmUp);
        result.ShouldBePositive();

        // No assertion library inside the measured region: only catalogue calls.
        static int Exercise(PaperId id, string title)
        {
            var total = 0;
            foreach (var paper in Papers.All)
            {
                total += paper.Title.Length;
            }

            var found = Papers.TryGet(id, out var byId) && Papers.FindByTitle(title) == byId;
            return found ? total + Papers.Known.PoincareResnet.Title.Length : -1;
        }
    }
}
