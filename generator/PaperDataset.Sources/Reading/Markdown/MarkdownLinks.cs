using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using PaperDataset.Sources.Reading.Rendered;
using PaperDataset.Sources.Reading.PageVocabulary;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.Markdown;

/// <summary>What a Markdown link in the list is, from where it points and what it says.</summary>
internal static class MarkdownLinks
{
    private const string HubPrefix = "https://huggingface.co/";

    private static readonly Regex Avatar = new(@"^[-*]\s*!\[[^\]]*\]\([^)]*\)$", RegexOptions.CultureInvariant);

    /// <summary>An avatar bullet (<c>- ![](…)</c>) of an author list: decoration, never a fact.</summary>
    public static bool IsAvatar(string text) => Avatar.IsMatch(text);

    /// <summary>Classifies a link from its first to its last line by its target (<paramref name="url"/>) and its text (<paramref name="content"/>: one piece a line, hard breaks removed).</summary>
    public static RenderedPart Classify(TextLine first, TextLine last, List<string> content, string url)
    {
        var text = string.Join(" ", content.Where(piece => piece.Length > 0));
        var lastPiece = content[content.Count - 1];
        var leading = content.Take(content.Count - 1).ToList();
        if (RenderedText.IsLoginUrl(url))
        {
            // The upvote button, "[101](…)" or "[Upvote" / "117](…)"; any other log-in link (Subscribe) is chrome.
            var isCount = RenderedText.IsUpvoteCount(lastPiece) && leading.All(piece => piece.Length == 0 || piece == "Upvote");
            return isCount ? new RenderedPart(PartKind.Upvotes, first, last) { Number = RenderedText.UpvoteCount(lastPiece) } : new RenderedPart(PartKind.Chrome, first, last);
        }

        if (RenderedText.IsCommunityUrl(url))
        {
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var comments)
                ? new RenderedPart(PartKind.Comments, first, last) { Number = comments }
                : new RenderedPart(PartKind.MalformedMeta, first, last) { Problem = $"the comment link \"{first.Quoted}\" shows no count" };
        }

        if (RenderedText.AuthorCount(lastPiece) is { } count && leading.All(piece => piece.Length == 0 || IsAvatar(piece)))
        {
            return new RenderedPart(PartKind.AuthorCount, first, last) { Number = count };
        }

        if (content.Any(RenderedText.IsMalformedAuthorCount))
        {
            return new RenderedPart(PartKind.MalformedMeta, first, last) { Problem = $"\"{Shorten(text)}\" is not an author count such as \"- 3 authors\"" };
        }

        if (RenderedText.IsPaperUrl(url))
        {
            return new RenderedPart(PartKind.Abstract, first, last) { Text = text };
        }

        if (RenderedText.IsArxivUrl(url))
        {
            return new RenderedPart(PartKind.ArxivLink, first, last) { ArxivId = RenderedText.ArxivIdOf(url) };
        }

        if (RenderedText.GitHubRepositoryOf(url) is { } repository)
        {
            return new RenderedPart(PartKind.GitHub, first, last) { Handle = repository, Number = MetaLinks.TrailingStars(text) };
        }

        if (LineShapes.IsChrome(text))
        {
            return new RenderedPart(PartKind.Chrome, first, last);
        }

        return url.StartsWith(HubPrefix, StringComparison.Ordinal) ? Organization(first, last, text, url) : new RenderedPart(PartKind.Unknown, first, last);
    }

    /// <summary>
    /// A link the capture cut off before its end: only an abstract is that long, and it is incomplete. Its text is never
    /// read: a cut abstract is reported (PDS008), not kept.
    /// </summary>
    public static RenderedPart Unclosed(TextLine first, TextLine last) => new(PartKind.Abstract, first, last) { Complete = false };

    private static RenderedPart Organization(TextLine first, TextLine last, string text, string url)
    {
        var handle = RenderedText.HubHandleOf(url);
        var name = MetaLinks.WithoutAvatar(text);
        if (handle is null)
        {
            var path = url.Substring(HubPrefix.Length);
            return path.IndexOf('/') >= 0 || path.Length == 0
                ? new RenderedPart(PartKind.Unknown, first, last) // a site page, not an organisation
                : new RenderedPart(PartKind.MalformedMeta, first, last) { Problem = $"\"{Shorten(path)}\" is not a Hub organisation handle" };
        }

        return name.Length == 0
            ? new RenderedPart(PartKind.MalformedMeta, first, last) { Problem = $"the organisation link to \"{handle}\" has no name" }
            : new RenderedPart(PartKind.Organization, first, last) { Handle = handle, Text = name };
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "…";
}
