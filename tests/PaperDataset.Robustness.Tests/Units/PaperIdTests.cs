using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Units;

public class PaperIdTests
{
    [Theory]
    [InlineData("YOLOv9: Learning What You Want to Learn Using Programmable Gradient Information", "yolov9-learning-what-you-want-to-learn-using-programmable-gradient-information")]
    [InlineData("Poincaré ResNet", "poincare-resnet")]
    [InlineData("What's New -- A \"Survey\"?", "whats-new-a-survey")]
    [InlineData("  Graph:Nets  ", "graph-nets")]
    [InlineData("注意力 Attention", "attention")]
    public void Ids_are_lower_case_ascii_slugs_of_the_title(string title, string id)
    {
        PaperId.FromTitle(title).Value.ShouldBe(id);
    }

    [Fact]
    public void A_title_without_letters_or_digits_gets_a_hash_id_and_long_titles_are_cut_at_a_word()
    {
        PaperId.FromTitle("注意力").Value.ShouldMatch("^paper-[0-9a-f]{8}$");
        PaperId.FromTitle("注意力").ShouldBe(PaperId.FromTitle(" 注意力 "));
        var longId = PaperId.FromTitle(string.Join(" ", System.Linq.Enumerable.Repeat("word", 100))).Value;
        longId.Length.ShouldBeLessThanOrEqualTo(160);
        longId.ShouldEndWith("word");
    }
}
