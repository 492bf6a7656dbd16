using Shouldly;
using Xunit;

namespace PaperDataset.Package.Tests;

/// <summary>
/// The fixture helpers used the way a test suite uses them: from real [Theory]/[MemberData] tests. Expected draws come
/// from the documented algorithm written out again (<see cref="SampleTests.ReferenceSample"/>), not from Papers.Sample.
/// </summary>
public sealed class FixtureTests
{
    private static Paper[] ReferenceDraw(int count, int seed) => [.. SampleTests.ReferenceSample(Papers.Count, count, seed).Select(i => Papers.All[i])];

    public static IEnumerable<object[]> SampledPapers => Papers.AsTheoryData(Papers.Sample(4, seed: 11));

    public static IEnumerable<object[]> PapersFrom2023 => Papers.AsTheoryData(p => p.PublishedOn?.Year == 2023, maxCount: 3);

    public static IEnumerable<object[]> SampledIds => Papers.AsIdTheoryData(Papers.Sample(3, seed: 5));

    [Theory]
    [MemberData(nameof(SampledPapers))]
    public void A_sampled_paper_arrives_as_the_catalogue_instance(Paper paper)
    {
        Papers.Get(paper.Id).ShouldBeSameAs(paper);
        ReferenceDraw(4, 11).ShouldContain(paper);
    }

    [Theory]
    [MemberData(nameof(Papers.AsTheoryData), 3, 7, MemberType = typeof(Papers))]
    public void Rows_can_come_straight_from_the_attribute(Paper paper)
    {
        ReferenceDraw(3, 7).ShouldContain(paper);
    }

    [Theory]
    [MemberData(nameof(PapersFrom2023))]
    public void A_predicate_selects_the_rows(Paper paper)
    {
        paper.PublishedOn!.Value.Year.ShouldBe(2023);
        Papers.Where(p => p.PublishedOn?.Year == 2023, 3).ShouldContain(paper);
    }

    [Theory]
    [MemberData(nameof(SampledIds))]
    [MemberData(nameof(Papers.AsIdTheoryData), 2, 8, MemberType = typeof(Papers))]
    public void Id_rows_are_strings_that_name_catalogue_papers(string id)
    {
        Papers.TryGet(new PaperId(id), out var paper).ShouldBeTrue();
        paper!.Id.Value.ShouldBe(id);
    }

    [Fact]
    public void Theory_rows_hold_one_paper_each_in_the_given_order()
    {
        var sample = ReferenceDraw(6, 1);
        var rows = Papers.AsTheoryData(sample).ToList();
        rows.Count.ShouldBe(6);
        rows.ShouldAllBe(row => row.Length == 1);
        rows.Select(row => (Paper)row[0]).ShouldBe(sample);
        Papers.AsTheoryData(6, 1).ShouldAllBe(row => row.Length == 1);
        Papers.AsTheoryData(6, 1).Select(row => row[0]).ShouldBe(sample);
        Papers.AsIdTheoryData(6, 1).Select(row => row[0]).ShouldBe(sample.Select(p => p.Id.Value));
        Papers.AsTheoryData([]).ShouldBeEmpty();
    }

    [Fact]
    public void Where_keeps_catalogue_order_and_stops_at_max_count()
    {
        static bool Dated(Paper p) => p.PublishedOn is not null;
        Papers.Where(Dated).ShouldBe(Papers.All.Where(Dated));
        Papers.Where(Dated, 5).ShouldBe(Papers.All.Where(Dated).Take(5));
        Papers.Where(Dated, 0).ShouldBeEmpty();
        Papers.Where(_ => false).ShouldBeEmpty();
        Papers.AsTheoryData(Dated, 2).Select(row => row[0]).ShouldBe(Papers.All.Where(Dated).Take(2));
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        Should.Throw<ArgumentNullException>(() => Papers.Where(null!));
        Should.Throw<ArgumentOutOfRangeException>(() => Papers.Where(_ => true, -1));
        Should.Throw<ArgumentNullException>(() => Papers.AsTheoryData((IEnumerable<Paper>)null!));
        Should.Throw<ArgumentNullException>(() => Papers.AsIdTheoryData((IEnumerable<Paper>)null!));
        Should.Throw<ArgumentOutOfRangeException>(() => Papers.AsTheoryData(Papers.Count + 1, 0));
    }
}
