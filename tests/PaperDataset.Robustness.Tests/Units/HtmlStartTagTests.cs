using System.Collections.Generic;
using System.Linq;
using PaperDataset.Sources.Reading.HubHtml;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>The saved-page reader's start-tag tokeniser: where names and values end, and where each value starts.</summary>
public class HtmlStartTagTests
{
    private static Dictionary<string, HtmlAttribute> Attributes(string text) => HtmlStartTag.Attributes(text, text.IndexOf('<', System.StringComparison.Ordinal));

    private static (string Name, string Value, int Start)[] Read(string text) =>
        Attributes(text).Select(pair => (pair.Key, pair.Value.RawValue, pair.Value.ValueStart)).ToArray();

    [Fact]
    public void Double_single_quoted_and_unquoted_values_read_with_where_they_start()
    {
        const string tag = "x <div a=\"1 2\" b='3' c=4 d>";

        Read(tag).ShouldBe([("a", "1 2", 10), ("b", "3", 18), ("c", "4", 23), ("d", string.Empty, 26)]);
    }

    [Fact]
    public void Names_are_lower_case_and_the_first_of_a_repeated_name_wins()
    {
        Read("<DIV Data-Target=\"One\" data-target=\"Two\">").ShouldBe([("data-target", "One", 18)]);
    }

    [Fact]
    public void White_space_of_every_kind_separates_and_may_surround_the_equals_sign()
    {
        Read("<div\ta = \"1\"\nb\r=\f'2'>").ShouldBe([("a", "1", 10), ("b", "2", 18)]);
    }

    [Fact]
    public void A_single_quoted_value_may_hold_the_end_of_the_tag()
    {
        Read("<div title='a > b' data-x=\"y\">").ShouldBe([("title", "a > b", 12), ("data-x", "y", 27)]);
    }

    [Fact]
    public void Slashes_separate_attributes_and_end_names_but_not_unquoted_values()
    {
        Read("<img/src=a/b.png/alt=\"x\"/>").ShouldBe([("src", "a/b.png/alt=\"x\"/", 9)]);
        Read("<br/data-a/data-b='1'>").ShouldBe([("data-a", string.Empty, 10), ("data-b", "1", 19)]);
    }

    [Fact]
    public void An_unquoted_value_ends_at_white_space_or_the_end_of_the_tag()
    {
        Read("<div a=1>b=2").ShouldBe([("a", "1", 7)]);
        Read("<div a=1 b=2>").ShouldBe([("a", "1", 7), ("b", "2", 11)]);
    }

    [Fact]
    public void Nothing_after_the_tag_name_is_no_attributes()
    {
        Read("<div>").ShouldBeEmpty();
        Read("<div/>a=1").ShouldBeEmpty();
        Read("<div").ShouldBeEmpty();
    }

    [Fact]
    public void A_tag_cut_off_by_the_end_of_the_text_keeps_what_it_has()
    {
        Read("<div a=\"open").ShouldBe([("a", "open", 8)]);
        Read("<div a='").ShouldBe([("a", string.Empty, 8)]);
        Read("<div a=").ShouldBe([("a", string.Empty, 7)]);
        Read("<div a").ShouldBe([("a", string.Empty, 6)]);
        Read("<div a=open").ShouldBe([("a", "open", 7)]);
        Read("<div a='1' ").ShouldBe([("a", "1", 8)]);
        Read("<div a='1' /").ShouldBe([("a", "1", 8)]);
    }

    [Fact]
    public void Reading_stops_at_the_end_of_the_tag()
    {
        Read("<div a=\"1\"><p b=\"2\">").ShouldBe([("a", "1", 8)]);
        Read("<div a=\"1\"/><p b=\"2\">").ShouldBe([("a", "1", 8)]);
    }
}
