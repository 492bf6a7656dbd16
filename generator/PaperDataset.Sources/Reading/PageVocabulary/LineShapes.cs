using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PaperDataset.Sources.Reading.PageVocabulary;

/// <summary>
/// What a single line of the page can be on its own once a rendering's syntax is stripped: site chrome, an upvote line,
/// or a line only the list has. Every reader of a page's text shares it.
/// </summary>
internal static class LineShapes
{
    /// <summary>No real title comes near this (the longest bundled one has 152 characters; the shortest abstract 1,362).</summary>
    public const int MaxTitleLength = 400;

    // Site chrome above the list, in every rendering seen (docs/FORMAT.md, "Shape" and "Variants").
    private static readonly HashSet<string> KnownChrome = new(System.StringComparer.Ordinal)
    {
        "new", "Subscribe", "Daily Papers", "Trending Papers", "byAK and the research community", "by AK and the research community",
        "by", "AK", "and the research community", "Daily", "Weekly", "Monthly",
        "Get trending papers in your email inbox!", "Get trending papers in your email inbox once a day!",
    };

    private static readonly Regex UpvotePattern = new(@"^\[-\]\s*([0-9]{1,9}|-)$", RegexOptions.CultureInvariant);

    public static bool IsChrome(string text) => KnownChrome.Contains(text);

    /// <summary>An upvote count as the page shows it without scripts: <c>[-] 19</c>, or <c>[-] -</c> when hidden.</summary>
    public static bool IsUpvote(string text) => UpvotePattern.IsMatch(text);

    /// <summary>Whether a line can only belong to the list, never to the header: a meta line, an upvote line, or an abstract.</summary>
    public static bool StartsEntries(string text) =>
        MetaBlock.IsMetaLine(text) || IsUpvote(text) || text.Length > MaxTitleLength;
}
