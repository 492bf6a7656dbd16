using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.PageVocabulary;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.Rendered;

/// <summary>
/// The page's own wording and link targets, the same in every rendering: what an upvote count, an author count, a date,
/// a Hub handle and the site's URLs look like once the rendering's syntax is stripped.
/// </summary>
internal static class RenderedText
{
    private static readonly Regex PaperUrl = new(
        @"^https?://huggingface\.co/papers/([0-9]{4}\.[0-9]{4,5})(?:v[0-9]+)?/?(?:[#?].*)?$", RegexOptions.CultureInvariant);

    private static readonly Regex ArxivUrl = new(
        @"^https?://arxiv\.org/(?:abs|pdf)/([0-9]{4}\.[0-9]{4,5})(?:v[0-9]+)?(?:\.pdf)?/?$", RegexOptions.CultureInvariant);

    private static readonly Regex HubUrl = new(@"^https?://huggingface\.co/([^/?#\s]+)/?$", RegexOptions.CultureInvariant);

    private static readonly Regex GitHubUrl = new(@"^https?://github\.com/([A-Za-z0-9._-]+/[A-Za-z0-9._-]+)(?:[/?#].*)?$", RegexOptions.CultureInvariant);

    // [0-9], not \d: \d matches every Unicode digit, which int.Parse rejects.
    private static readonly Regex AuthorCountText = new(@"^[-*•]\s*([0-9]{1,9})\s+authors?$", RegexOptions.CultureInvariant);

    // A bullet line that names authors at all: meant as an author count, so a malformed one is reported, not skipped.
    private static readonly Regex AuthorsBullet = new(@"^[-*•]\s*\S.*\bauthors?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex UpvoteText = new(@"^(?:-|[0-9]{1,9})$", RegexOptions.CultureInvariant);

    private static readonly Regex StarCount = new(@"^([0-9]{1,6}(?:\.[0-9]{1,2})?)([kKmM]?)$", RegexOptions.CultureInvariant);

    // Hub paths that are site pages, not users or organisations.
    private static readonly HashSet<string> SitePages = new(StringComparer.OrdinalIgnoreCase)
    {
        "papers", "models", "datasets", "spaces", "docs", "login", "join", "pricing", "enterprise", "blog", "posts", "learn",
        "tasks", "chat", "collections", "organizations", "settings", "buckets",
    };

    /// <summary>The arXiv id a Daily Papers link or an arXiv link points at; null for any other URL.</summary>
    public static string? ArxivIdOf(string url)
    {
        var match = PaperUrl.Match(url);
        if (!match.Success)
        {
            match = ArxivUrl.Match(url);
        }

        return match.Success ? match.Groups[1].Value : null;
    }

    public static bool IsPaperUrl(string url) => PaperUrl.IsMatch(url);

    public static bool IsArxivUrl(string url) => ArxivUrl.IsMatch(url);

    /// <summary>The upvote button's link: anonymous visitors are sent to log in first.</summary>
    public static bool IsLoginUrl(string url) => url.StartsWith("https://huggingface.co/login?next=", StringComparison.Ordinal);

    /// <summary>The comment count links to the paper's discussion.</summary>
    public static bool IsCommunityUrl(string url) => PaperUrl.IsMatch(url) && url.EndsWith("#community", StringComparison.Ordinal);

    /// <summary>The handle of a Hub user or organisation page (<c>https://huggingface.co/umass</c>); null for site pages and anything else.</summary>
    public static string? HubHandleOf(string url)
    {
        var match = HubUrl.Match(url);
        return match.Success && HubNames.IsHandle(match.Groups[1].Value) && !SitePages.Contains(match.Groups[1].Value) ? match.Groups[1].Value : null;
    }

    /// <summary>The <c>owner/name</c> of a GitHub repository link; null for any other URL.</summary>
    public static string? GitHubRepositoryOf(string url)
    {
        var match = GitHubUrl.Match(url);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>An author count bullet, <c>- 3 authors</c> or <c>* 3 authors</c>.</summary>
    public static int? AuthorCount(string text)
    {
        var match = AuthorCountText.Match(text);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A bullet that speaks of authors but is no valid count (<c>- three authors</c>).</summary>
    public static bool IsMalformedAuthorCount(string text) => AuthorCount(text) is null && AuthorsBullet.IsMatch(text);

    /// <summary>Whether text is an upvote count as the page shows it: a number, or <c>-</c> when hidden.</summary>
    public static bool IsUpvoteCount(string text) => UpvoteText.IsMatch(text);

    /// <summary>The upvote count; null for <c>-</c> (not shown).</summary>
    public static int? UpvoteCount(string text) => text == "-" ? null : int.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>A GitHub star count as the page rounds it: <c>476</c>, <c>11.3k</c>, <c>1.2M</c>.</summary>
    public static int? Stars(string text)
    {
        var match = StarCount.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var value = decimal.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var scale = match.Groups[2].Value.ToUpperInvariant() switch
        {
            "K" => 1_000m,
            "M" => 1_000_000m,
            _ => 1m,
        };
        return (int)(value * scale);
    }

    /// <summary>Whether text is a publication date as a meta line writes it: <c>Oct 3, 2022</c>, <c>Nov 2</c>, <c>Published on Sep 12, 2023</c>.</summary>
    public static bool IsDate(string text) => MetaBlock.IsDate(WithoutPublishedOn(text));

    public static string WithoutPublishedOn(string text) =>
        text.StartsWith(MetaBlock.PublishedPrefix, StringComparison.Ordinal) ? text.Substring(MetaBlock.PublishedPrefix.Length).Trim() : text;

    /// <summary>An author-count bullet as a part: the count, or a malformed count (<c>- three authors</c>); null for any other line.</summary>
    public static RenderedPart? AuthorBullet(TextLine line, string text)
    {
        if (AuthorCount(text) is { } count)
        {
            return new RenderedPart(PartKind.AuthorCount, line) { Number = count };
        }

        return IsMalformedAuthorCount(text)
            ? new RenderedPart(PartKind.MalformedMeta, line) { Problem = $"\"{line.Quoted}\" is not an author count such as \"- 3 authors\"" }
            : null;
    }

    /// <summary>
    /// The separator line: <c>·</c> alone, or with the date after it (<c>· Published on Dec 28, 2024</c>), which
    /// <paramref name="date"/> reads in the rendering's own syntax.
    /// </summary>
    public static IEnumerable<RenderedPart> Separator(TextLine line, Func<TextLine, string, RenderedPart?> date)
    {
        yield return new RenderedPart(PartKind.Separator, line);
        var rest = line.Text.Substring(1).Trim();
        if (rest.Length > 0)
        {
            yield return date(line, rest) ?? new RenderedPart(PartKind.MalformedMeta, line) { Problem = $"\"{line.Quoted}\" has no date after the separator" };
        }
    }
}
