using System;
using System.Collections.Immutable;
using System.Linq;
using Shouldly;
using Xunit;

namespace PaperDataset.Tests;

/// <summary>
/// Catalogue papers read their fields on first use; they must still behave as plain immutable records: a copy made
/// with <c>with</c> changes only itself, and equality does not depend on which fields were read before.
/// </summary>
public class PaperRecordTests
{
    private static Paper SeenTwiceWithMeta() =>
        Papers.All.First(paper => paper.Sources.Length > 1 && paper.PublishedOn is not null && paper.CommentCount is not null);

    [Fact]
    public void A_with_copy_changes_only_the_copy()
    {
        var original = SeenTwiceWithMeta();
        var published = original.PublishedOn;
        var sources = original.Sources;

        var copy = original with { CommentCount = 12345, Sources = ImmutableArray<PaperSource>.Empty };

        copy.CommentCount.ShouldBe(12345);
        copy.Sources.ShouldBeEmpty();
        copy.PublishedOn.ShouldBe(published);
        copy.Title.ShouldBe(original.Title);
        original.CommentCount.ShouldNotBe(12345);
        original.Sources.ShouldBe(sources);
    }

    [Fact]
    public void A_fresh_catalogue_paper_equals_its_hand_built_twin()
    {
        var paper = SeenTwiceWithMeta();
        var twin = new Paper
        {
            Id = paper.Id,
            Title = paper.Title,
            Abstract = paper.Abstract,
            PublishedOn = paper.PublishedOn,
            AuthorCount = paper.AuthorCount,
            Organization = paper.Organization,
            CommentCount = paper.CommentCount,
            Sources = paper.Sources,
        };

        twin.ShouldBe(paper);
        twin.GetHashCode().ShouldBe(paper.GetHashCode());
        (paper with { }).ShouldBe(paper);
    }

    [Fact]
    public void An_organisation_survives_a_copy()
    {
        var paper = Papers.All.First(paper => paper.Organization is not null && paper.AuthorCount is null);

        var copy = paper with { Title = "Renamed" };

        copy.Organization.ShouldBe(paper.Organization);
        copy.AuthorCount.ShouldBeNull();
        copy.Title.ShouldBe("Renamed");
        paper.Title.ShouldNotBe("Renamed");
    }

    [Fact]
    public void A_hand_built_paper_without_details_has_none_and_its_copies_keep_their_own()
    {
        var bare = new Paper { Id = new PaperId("x"), Title = "X", Abstract = "A" };
        bare.PublishedOn.ShouldBeNull();
        bare.Sources.ShouldBeEmpty();

        var dated = bare with { PublishedOn = new DateOnly(2025, 1, 2) };
        var counted = bare with { AuthorCount = 3 };

        dated.PublishedOn.ShouldBe(new DateOnly(2025, 1, 2));
        dated.AuthorCount.ShouldBeNull();
        counted.AuthorCount.ShouldBe(3);
        counted.PublishedOn.ShouldBeNull();
        bare.PublishedOn.ShouldBeNull();
        new Paper { Id = new PaperId("y"), Title = "Y", Abstract = "B" }.PublishedOn.ShouldBeNull();
    }
}
