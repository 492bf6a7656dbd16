using PaperDataset;
using Xunit;

public class TitleTests
{
    // Five papers, the same five on every run and machine.
    public static IEnumerable<object[]> FivePapers => Papers.AsTheoryData(Papers.Sample(5, seed: 42));

    [Theory]
    [MemberData(nameof(FivePapers))]
    public void Every_paper_has_a_title(Paper paper) => Assert.False(string.IsNullOrWhiteSpace(paper.Title));

    // Straight from the attribute: 3 papers drawn with seed 7.
    [Theory]
    [MemberData(nameof(Papers.AsTheoryData), 3, 7, MemberType = typeof(Papers))]
    public void Every_paper_has_an_abstract(Paper paper) => Assert.NotEmpty(paper.Abstract);
}
