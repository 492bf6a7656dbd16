using System;
using System.Text;

namespace PaperDataset.Sources.Reading.HubJson;

/// <summary>The object members the Hub mapping reads; every other member is skipped unread.</summary>
internal enum HubMember
{
    Paper,
    Id,
    Title,
    Summary,
    Authors,
    PublishedAt,
    SubmittedOnDailyAt,
    Upvotes,
    GitHubRepo,
    ProjectPage,
    GitHubStars,
    AiKeywords,
    AiSummary,
    Organization,
    NumComments,
    Name,
    FullName,
    User,
    DailyPapers,
}

/// <summary>The JSON names of <see cref="HubMember"/>s, as text for diagnostics and as UTF-8 for matching the reader's tokens.</summary>
internal static class HubMembers
{
    // In HubMember's order.
    private static readonly string[] Names =
    [
        "paper", "id", "title", "summary", "authors", "publishedAt", "submittedOnDailyAt", "upvotes", "githubRepo", "projectPage",
        "githubStars", "ai_keywords", "ai_summary", "organization", "numComments", "name", "fullname", "user", "dailyPapers",
    ];

    private static readonly byte[][] Utf8Names = Array.ConvertAll(Names, Encoding.UTF8.GetBytes);

    // Bit n is set when some name is n bytes long: most names in a Hub response (an author's "_id", "hidden", "avatarUrl")
    // are rejected by their length alone.
    private static readonly ulong NameLengths = LengthMask(Utf8Names);

    public static string NameOf(HubMember member) => Names[(int)member];

    /// <summary>The member whose name is <paramref name="utf8"/> (a name token's unescaped bytes), if the mapping reads it.</summary>
    public static HubMember? Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length >= 64 || (NameLengths & (1UL << utf8.Length)) == 0)
        {
            return null;
        }

        for (var i = 0; i < Utf8Names.Length; i++)
        {
            if (utf8.SequenceEqual(Utf8Names[i]))
            {
                return (HubMember)i;
            }
        }

        return null;
    }

    /// <summary>The member named <paramref name="name"/> (a name decoded from escapes), if the mapping reads it.</summary>
    public static HubMember? Find(string name)
    {
        var index = Array.IndexOf(Names, name);
        return index < 0 ? null : (HubMember)index;
    }

    private static ulong LengthMask(byte[][] names)
    {
        var mask = 0UL;
        foreach (var name in names)
        {
            mask |= 1UL << name.Length;
        }

        return mask;
    }
}
