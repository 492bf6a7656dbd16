using System.Collections.Generic;

// Compiled into each test project that writes scrape text (linked, not referenced), hence internal.
namespace PaperDataset.Testing;

/// <summary>Builds scrape text in the bundled format: every item followed by a blank line, meta lines kept together.</summary>
internal static class ScrapeBuilder
{
    public static readonly string[] Header =
        ["new", "Get trending papers in your email inbox!", "Subscribe", "Daily Papers", "byAK and the research community"];

    /// <summary>Joins items with blank lines; an item may itself hold several lines (a meta block) separated by '\n'.</summary>
    public static string Items(params string[] items) => string.Join("\n\n", items) + "\n";

    /// <summary>A whole page: header chrome, the page date, then the given items.</summary>
    public static string Page(string pageDate, params string[] items)
    {
        var all = new List<string>(Header) { pageDate };
        all.AddRange(items);
        return Items(all.ToArray());
    }

    public static string Meta(string first, string date) => $"{first}\n·\n{date}";

    public static string Authors(int count, string date) => Meta($"  • {count} authors", date);
}
