using System.Linq;
using PaperDataset.Sources.Reading.TextCopy;
using PaperDataset.Sources.Text;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>A text copy's meta written as links, rewritten line by line in the copy's plain wording (and what is left as it is).</summary>
public class LinkedMetaTests
{
    private const string Paper = "https://huggingface.co/papers/2401.00001";

    private static string[] AsPlainText(params string[] block) =>
        LinkedMeta.AsPlainText(TextLines.SplitLines(string.Join("\n", block))).Select(line => line.Text).ToArray();

    [Theory]
    [InlineData("Acme Lab <https://huggingface.co/acme-lab>", "acme-lab Acme Lab")]
    [InlineData("[Acme Lab](https://huggingface.co/acme-lab)", "acme-lab Acme Lab")]
    [InlineData("[4 authors](" + Paper + ")", "• 4 authors")]
    [InlineData("4 authors <" + Paper + ">", "• 4 authors")]
    public void An_organisation_or_author_count_link_reads_as_its_plain_line(string linked, string plain)
    {
        AsPlainText(linked, "·", "Mar 5").ShouldBe([plain, "·", "Mar 5"]);
    }

    [Fact]
    public void An_organisation_with_its_URL_on_the_next_line_is_one_plain_line()
    {
        AsPlainText("Acme Lab", "https://huggingface.co/acme-lab", "·", "Mar 5").ShouldBe(["acme-lab Acme Lab", "·", "Mar 5"]);
    }

    [Fact]
    public void A_date_link_keeps_its_comment_count_and_a_comment_link_on_its_own_line_joins_the_date()
    {
        AsPlainText("• 4 authors", "·", "[Mar 5 2](" + Paper + ")").ShouldBe(["• 4 authors", "·", "Mar 5 2"]);
        AsPlainText("• 4 authors", "·", "[Mar 5](" + Paper + ")").ShouldBe(["• 4 authors", "·", "Mar 5"]);
        AsPlainText("• 4 authors", "·", "[Mar 5](" + Paper + ")", "[12](" + Paper + "#community)").ShouldBe(["• 4 authors", "·", "Mar 5 12"]);
    }

    [Theory]
    [InlineData("[19](https://huggingface.co/login?next=%2Fpapers%2F2401.00001)", "[-] 19")]
    [InlineData("19 <https://huggingface.co/login?next=%2Fpapers%2F2401.00001>", "[-] 19")]
    public void An_upvote_link_reads_as_the_upvote_line(string linked, string plain)
    {
        AsPlainText(linked).ShouldBe([plain]);
    }

    [Fact]
    public void Lines_that_show_nothing_are_left_out()
    {
        AsPlainText("\u200B", "Acme Lab <https://huggingface.co/acme-lab>", "·", "Mar 5").ShouldBe(["acme-lab Acme Lab", "·", "Mar 5"]);
        AsPlainText("<https://huggingface.co/acme-lab>", "Acme Lab <https://huggingface.co/acme-lab>", "·", "Mar 5").ShouldBe(["acme-lab Acme Lab", "·", "Mar 5"]);
    }

    [Fact]
    public void A_block_that_is_no_meta_once_rewritten_is_left_as_written()
    {
        AsPlainText("Reading [links](https://example.com/a) in a title").ShouldBe(["Reading [links](https://example.com/a) in a title"]);
        AsPlainText("\u200B").ShouldBe(["\u200B"]);
        AsPlainText("[12](" + Paper + "#community)").ShouldBe(["[12](" + Paper + "#community)"]);
        AsPlainText("Acme Lab <https://huggingface.co/acme-lab>").ShouldBe(["Acme Lab <https://huggingface.co/acme-lab>"]);
    }

    [Fact]
    public void A_block_with_nothing_that_may_be_a_link_is_returned_itself()
    {
        var block = TextLines.SplitLines("• 4 authors\n·\nMar 5");

        LinkedMeta.AsPlainText(block).ShouldBeSameAs(block);
    }
}
