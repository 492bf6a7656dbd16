using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace PaperDataset.Cli.Fetch;

/// <summary>
/// One thing to save: a day, week or month of the daily list (paged with <c>p</c> and <c>limit</c>), a search,
/// or one paper. File names are built only from validated dates, ids and a slug, so no input can reach outside
/// the output folder.
/// </summary>
internal sealed record FetchTarget(string Path, IReadOnlyList<KeyValuePair<string, string>> Query, string FileStem, ResponseShape Shape, bool IsPaged)
{
    /// <summary>The largest page asked for: public clients of the endpoint page with <c>limit=100</c>; more is not documented.</summary>
    public const int MaxPageSize = 100;

    public static FetchTarget Day(DateOnly day) => DailyList("date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>An ISO week, <c>2025-W45</c>.</summary>
    public static FetchTarget Week(string isoWeek) => DailyList("week", isoWeek);

    /// <summary>A month, <c>2025-11</c>.</summary>
    public static FetchTarget Month(string month) => DailyList("month", month);

    public static FetchTarget Search(string text) =>
        new("/api/papers/search", [new("q", text)], "search_" + Slug(text), ResponseShape.PaperItems, IsPaged: false);

    /// <summary>One paper by arXiv id (already validated as <c>NNNN.NNNNN</c>).</summary>
    public static FetchTarget Paper(string arxivId) =>
        new("/api/papers/" + arxivId, [], "paper_" + arxivId, ResponseShape.Paper, IsPaged: false);

    /// <summary>The request for a page (0-based); unpaged targets have only page 0.</summary>
    public HubRequest Request(Uri endpoint, int page, int pageSize)
    {
        var query = IsPaged
            ? Query.Append(new("limit", pageSize.ToString(CultureInfo.InvariantCulture))).Append(new("p", page.ToString(CultureInfo.InvariantCulture)))
            : Query;
        var queryText = string.Join('&', query.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        var uri = new Uri(endpoint.AbsoluteUri.TrimEnd('/') + Path + (queryText.Length > 0 ? "?" + queryText : string.Empty));
        var fileName = FileStem + (page > 0 ? "_page" + (page + 1).ToString(CultureInfo.InvariantCulture) : string.Empty) + ".json";
        return new HubRequest(uri, fileName);
    }

    private static FetchTarget DailyList(string parameter, string value) =>
        new("/api/daily_papers", [new(parameter, value)], "daily_papers_" + value, ResponseShape.PaperItems, IsPaged: true);

    /// <summary>A file-name-safe form of a search: lower-case ASCII letters and digits joined by '-', with a short hash when that loses anything.</summary>
    private static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > 60)
        {
            slug = slug[..60].TrimEnd('-');
        }

        // Two searches that differ only in case, spacing or punctuation would otherwise share a file.
        var lossless = string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)) == slug.Replace('-', ' ');
        if (lossless && slug.Length > 0)
        {
            return slug;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
        return slug.Length > 0 ? slug + "-" + hash : hash;
    }
}
