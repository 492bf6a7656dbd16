using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Sources.Reading.Rendered;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>The page's own wording and link targets that every rendering shares: paper links, star counts.</summary>
public class RenderedTextTests
{
    [Theory]
    [InlineData("https://huggingface.co/papers/2401.00001", "2401.00001")]
    [InlineData("https://huggingface.co/papers/2401.00001v3#community", "2401.00001")]
    [InlineData("https://arxiv.org/abs/2401.00001v2", "2401.00001")]
    [InlineData("https://arxiv.org/pdf/2401.00001.pdf", "2401.00001")]
    [InlineData("https://huggingface.co/umass", null)]
    [InlineData("https://github.com/owner/repo", null)]
    [InlineData("https://arxiv.org/list/cs.CL/recent", null)]
    public void The_arxiv_id_is_read_from_a_daily_papers_or_an_arxiv_link_and_from_no_other(string url, string? id)
    {
        RenderedText.ArxivIdOf(url).ShouldBe(id);
    }

    [Theory]
    [InlineData("476", 476)]
    [InlineData("11.3k", 11_300)]
    [InlineData("1.2M", 1_200_000)]
    [InlineData("7K", 7_000)]
    [InlineData("many", null)]
    [InlineData("1.2.3k", null)]
    [InlineData("", null)]
    public void A_star_count_is_read_as_the_page_rounds_it_and_anything_else_is_no_count(string text, int? stars)
    {
        RenderedText.Stars(text).ShouldBe(stars);
    }
}
