using System;
using System.Linq;
using System.Text;
using PaperDataset.Sources.Reading.HubJson;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary><see cref="HubMembers.Find(ReadOnlySpan{byte})"/>: every member the mapping reads is found by its name, nothing else is.</summary>
public class HubMembersTests
{
    [Fact]
    public void Every_member_is_found_by_its_json_name()
    {
        foreach (var member in Enum.GetValues<HubMember>())
        {
            HubMembers.Find(Encoding.UTF8.GetBytes(HubMembers.NameOf(member))).ShouldBe(member);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("_id")]
    [InlineData("hidden")]
    [InlineData("Title")]
    [InlineData("titlf")]
    [InlineData("paper ")]
    [InlineData("submittedOnDailyAT")]
    public void Other_names_are_not_members(string name)
    {
        HubMembers.Find(Encoding.UTF8.GetBytes(name)).ShouldBeNull();
    }

    [Fact]
    public void A_name_of_64_bytes_or_more_is_not_a_member()
    {
        foreach (var length in new[] { 63, 64, 65, 200 })
        {
            HubMembers.Find(Encoding.UTF8.GetBytes(new string('n', length))).ShouldBeNull();
        }

        HubMembers.Find(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("name", 16)))).ShouldBeNull();
    }
}
