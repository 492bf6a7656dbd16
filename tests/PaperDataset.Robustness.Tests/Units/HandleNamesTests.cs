using PaperDataset.Generator.Emitting;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary><see cref="PaperDataset.Generator.Emitting.HandleNames"/>, handles from ids: PascalCase words, never a leading digit, whole words up to 96 characters.</summary>
public class HandleNamesTests
{
    [Theory]
    [InlineData("attention-is-all", "AttentionIsAll")]
    [InlineData("4d-gaussians", "Paper4dGaussians")]
    [InlineData("", "Paper")]
    [InlineData("a--b", "AB")]
    [InlineData("-leading-and-trailing-", "LeadingAndTrailing")]
    [InlineData("yolov9-learning", "Yolov9Learning")]
    [InlineData("70-years-of-ml", "Paper70YearsOfMl")]
    public void Handles_are_pascal_case_identifiers(string slug, string handle)
    {
        HandleNames.Handle(slug).ShouldBe(handle);
    }

    [Fact]
    public void Handles_stop_at_whole_words_before_96_characters()
    {
        var slug = string.Join("-", System.Linq.Enumerable.Repeat("abcdefghij", 12));

        HandleNames.Handle(slug).Length.ShouldBe(90);
        HandleNames.Handle(new string('a', 120)).Length.ShouldBe(120); // one word is never cut
        HandleNames.Handle(string.Join("-", System.Linq.Enumerable.Repeat("abcdefgh", 12))).Length.ShouldBe(96);
    }

    [Fact]
    public void Clashing_handles_take_suffixes_in_id_order_whatever_order_the_ids_come_in()
    {
        // "b--x" sorts before "b-x" ('-' before 'x'), so it keeps the plain name.
        HandleNames.Unique(["b-x", "a", "b--x"]).ShouldBe(["BX_2", "A", "BX"]);
        HandleNames.Unique(["a", "b--x", "b-x"]).ShouldBe(["A", "BX", "BX_2"]);
        HandleNames.Unique(["known", "equals"]).ShouldBe(["Known_2", "Equals_2"]);
    }
}
