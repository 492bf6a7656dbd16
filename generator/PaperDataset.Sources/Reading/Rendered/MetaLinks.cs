using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.Rendered;

/// <summary>A link's text and where it points (null when the rendering keeps its URLs elsewhere, as numbered references do).</summary>
internal readonly record struct PageLink(string Text, string? Url, bool Linked);

/// <summary>
/// A meta element of an entry (upvotes, organisation, author count, date, comment count, GitHub link) written as plain text
/// or as a link in any rendering's syntax: <c>[text](url)</c>, <c>text &lt;url&gt;</c> (or <c>[url]</c>, <c>(url)</c>),
/// <c>[text][12]</c>, or the text with its URL on the next line; and the empty links and images a page puts before them
/// (an organisation's avatar). Every reader asks here, so an element reads the same in every rendering (docs/FORMAT.md,
/// "Meta written as links").
/// </summary>
internal static class MetaLinks
{
    // Greedy text: an organisation's link text may hold its avatar image, a link of its own.
    private static readonly Regex Inline = new(@"^\[(.*)\]\((https?://[^\s()]+)\)$", RegexOptions.CultureInvariant);

    private static readonly Regex Bracketed = new(
        @"^(.*?)\s*(?:<(https?://[^\s<>]+)>|\[(https?://[^\s\[\]]+)\]|(?<!\])\((https?://[^\s()]+)\))$", RegexOptions.CultureInvariant);

    private static readonly Regex Reference = new(@"^\[(.*)\]\[[0-9]+\]$", RegexOptions.CultureInvariant);

    private static readonly Regex Url = new(@"^https?://\S+$", RegexOptions.CultureInvariant);

    // An image without alt text, as Markdown writes it or a text browser shows it. One with alt text shows that text (an
    // avatar's alt is its handle), and is the rendering's to read.
    private static readonly Regex Image = new(@"^(?:!\[\]\([^)]*\)|\[IMG\])$", RegexOptions.CultureInvariant);

    // A link text that starts with the avatar: its image ("![handle](…)Name") or its alt text ("[handle] Name").
    private static readonly Regex AvatarThenName = new(@"^(?:!\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\])\s*(.*)$", RegexOptions.CultureInvariant);

    private static readonly Regex TrailingCount = new(@"([0-9][0-9.]*[kKmM]?)$", RegexOptions.CultureInvariant);

    // A date, then its comment count as a link: "Mar 5 [2](…#community)", "Mar 5 [ 2][12]", "Mar 5 2 <…#community>".
    private static readonly Regex DateThenLink = new(@"^(.*?[0-9])\s*(\[.+|[0-9]{1,9}\s*[<\[(]https?://\S+)$", RegexOptions.CultureInvariant);

    // No meta element's text comes near this; an abstract or a title is never taken for one, and a long line costs no regex.
    private const int MaxMetaLength = 300;

    /// <summary>
    /// Whether a line may be written in one of the link forms or show nothing: it holds a URL or a bracket, or only invisible
    /// characters. A line without may be read as plain text without asking here (the next line's URL aside).
    /// </summary>
    public static bool MayBeLinked(string text) => text.IndexOf("://", StringComparison.Ordinal) >= 0 || text.IndexOf('[') >= 0 || IsInvisible(text);

    /// <summary>Whether text is a bare URL: in a link-lines rendering, the URL of the link on the line above.</summary>
    public static bool IsUrl(string text) => Url.IsMatch(text);

    /// <summary>The link a line is, in whichever syntax; plain text is a link to nowhere (<see cref="PageLink.Linked"/> false).</summary>
    public static PageLink Unlink(string text)
    {
        if (text.Length > MaxMetaLength)
        {
            return new PageLink(text, null, false);
        }

        if (text.EndsWith(")", StringComparison.Ordinal) && Inline.Match(text) is { Success: true } inline)
        {
            return new PageLink(inline.Groups[1].Value.Trim(), inline.Groups[2].Value, true);
        }

        if (text.EndsWith("]", StringComparison.Ordinal) && Reference.Match(text) is { Success: true } reference)
        {
            return new PageLink(reference.Groups[1].Value.Trim(), null, true);
        }

        if (text.IndexOf("://", StringComparison.Ordinal) >= 0 && Bracketed.Match(text) is { Success: true } bracketed)
        {
            var url = bracketed.Groups[2].Success ? bracketed.Groups[2].Value : bracketed.Groups[3].Success ? bracketed.Groups[3].Value : bracketed.Groups[4].Value;
            return new PageLink(bracketed.Groups[1].Value.Trim(), url, true);
        }

        return new PageLink(text, null, false);
    }

    /// <summary>
    /// A line that shows nothing: an image, a link without text (an avatar's), or only invisible characters (a zero-width
    /// space) that a copy kept of one. It is decoration before the element it stands beside, never a fact.
    /// </summary>
    public static bool ShowsNothing(string text)
    {
        if (IsInvisible(text) || Image.IsMatch(text))
        {
            return true;
        }

        var link = Unlink(text);
        return link.Linked && (IsInvisible(link.Text) || Image.IsMatch(link.Text)) && (link.Url is null || IsDecorationTarget(link.Url));
    }

    /// <summary>
    /// The meta element a link (or plain text) is, from its text and where it points; null when it is none, and the
    /// rendering's own rules decide (a title, an abstract, chrome, debris).
    /// </summary>
    public static RenderedPart? Meta(TextLine first, TextLine last, PageLink link)
    {
        var (text, url) = (link.Text, link.Url);
        if (url is not null && RenderedText.IsLoginUrl(url))
        {
            return TryUpvoteCount(text, out var upvotes) ? new RenderedPart(PartKind.Upvotes, first, last) { Number = upvotes } : null;
        }

        if (url is not null && RenderedText.IsCommunityUrl(url))
        {
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var comments)
                ? new RenderedPart(PartKind.Comments, first, last) { Number = comments }
                : null;
        }

        if (url is null || RenderedText.IsPaperUrl(url))
        {
            return Shown(first, last, text, link.Linked && url is null);
        }

        if (Shown(first, last, text, referenced: false) is not null)
        {
            return null; // a date or an author count above a URL it is not the text of (a link whose text was dropped)
        }

        if (RenderedText.GitHubRepositoryOf(url) is { } repository)
        {
            return new RenderedPart(PartKind.GitHub, first, last) { Handle = repository, Number = TrailingStars(text) };
        }

        var name = WithoutAvatar(text);
        return RenderedText.HubHandleOf(url) is { } handle && name.Length > 0
            ? new RenderedPart(PartKind.Organization, first, last) { Handle = handle, Text = name }
            : null;
    }

    /// <summary>
    /// The meta element starting at line <paramref name="i"/> in any link form, <paramref name="i"/> moved to its last line
    /// (the URL under it, when the URL is on the next line); a line that shows nothing is chrome. Null, and
    /// <paramref name="i"/> unmoved, when the line is none of these.
    /// </summary>
    public static RenderedPart? Read(IReadOnlyList<TextLine> lines, ref int i)
    {
        var line = lines[i];
        if (line.Text.Length > MaxMetaLength)
        {
            return null;
        }

        if (ShowsNothing(line.Text))
        {
            return new RenderedPart(PartKind.Chrome, line);
        }

        if (i + 1 < lines.Count && IsUrl(lines[i + 1].Text) && !IsUrl(line.Text)
            && Meta(line, lines[i + 1], new PageLink(line.Text, lines[i + 1].Text, true)) is { } labelled)
        {
            i++;
            return labelled;
        }

        var link = Unlink(line.Text);
        return (link.Linked ? Meta(line, line, link) : null) ?? Date(line, line.Text);
    }

    /// <summary>Whether one line is a meta element (written as a link or not) or shows nothing: not a page's own markup.</summary>
    public static bool IsLinkedMeta(string text)
    {
        var lines = new[] { new TextLine(0, 0, text) };
        var index = 0;
        return Read(lines, ref index) is not null;
    }

    /// <summary>Whether line <paramref name="index"/> starts a meta element in some link form, or shows nothing: it ends the paragraph above it.</summary>
    public static bool Starts(IReadOnlyList<TextLine> lines, int index) => Read(lines, ref index) is not null;

    /// <summary>
    /// A date as a meta line writes it (<c>Oct 3, 2022</c>, <c>Published on Nov 2 4</c>), alone or with its comment count
    /// linked after it: <c>May 29[6](…#community)</c>, <c>Mar 8, 2024 [ 6][39]</c>, <c>Mar 5 2 &lt;…#community&gt;</c>.
    /// </summary>
    public static RenderedPart? Date(TextLine line, string text)
    {
        if (RenderedText.IsDate(text))
        {
            return new RenderedPart(PartKind.Date, line) { Text = text };
        }

        // Every linked count opens a bracket; checking that first spares the regex a scan of every title.
        var match = text.Length > MaxMetaLength || text.IndexOfAny(['[', '<', '(']) < 0 ? Match.Empty : DateThenLink.Match(text);
        if (!match.Success || !RenderedText.IsDate(match.Groups[1].Value))
        {
            return null;
        }

        var count = Unlink(match.Groups[2].Value);
        var comments = count.Linked && (count.Url is null || RenderedText.IsCommunityUrl(count.Url)) ? LeadingNumber(count.Text) : null;
        return comments is null ? null : new RenderedPart(PartKind.Date, line) { Text = match.Groups[1].Value, Number = comments };
    }

    /// <summary>The stars a GitHub link's text ends with (<c>GitHub 11.3k</c>); null when it shows none.</summary>
    public static int? TrailingStars(string text) => TrailingCount.Match(text) is { Success: true } stars ? RenderedText.Stars(stars.Groups[1].Value) : null;

    /// <summary>An organisation link's text without the avatar before the name (<c>![handle](…)Name</c>, <c>[handle] Name</c>).</summary>
    public static string WithoutAvatar(string text) => AvatarThenName.Match(text) is { Success: true } withAvatar ? withAvatar.Groups[3].Value.Trim() : text;

    private static int? LeadingNumber(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>What text shows with no URL to say what it is (plain, or a numbered reference): a date, an author count, an organisation by its avatar's alt text, an upvote count.</summary>
    private static RenderedPart? Shown(TextLine first, TextLine last, string text, bool referenced)
    {
        if (RenderedText.IsDate(text))
        {
            return new RenderedPart(PartKind.Date, first, last) { Text = text };
        }

        if ((RenderedText.AuthorCount(text) ?? RenderedText.AuthorCount("- " + text)) is { } authors)
        {
            return new RenderedPart(PartKind.AuthorCount, first, last) { Number = authors };
        }

        if (!referenced)
        {
            return null;
        }

        // A reference keeps its URL elsewhere: a bare count is the upvote button (a comment count follows its date), and an
        // organisation names its handle in its avatar's alt text.
        if (TryUpvoteCount(text, out var upvotes))
        {
            return new RenderedPart(PartKind.Upvotes, first, last) { Number = upvotes };
        }

        return AvatarThenName.Match(text) is { Success: true, Groups: var groups } && groups[2].Success && HubNames.IsHandle(groups[2].Value.Trim())
            && groups[3].Value.Trim().Length > 0
            ? new RenderedPart(PartKind.Organization, first, last) { Handle = groups[2].Value.Trim(), Text = groups[3].Value.Trim() }
            : null;
    }

    /// <summary>An upvote count as the button shows it: <c>19</c>, <c>-</c> (null: not shown), <c>[-] 19</c> or <c>Upvote 19</c>.</summary>
    private static bool TryUpvoteCount(string text, out int? upvotes)
    {
        var count = text.StartsWith("[-]", StringComparison.Ordinal) ? text.Substring(3).Trim()
            : text.StartsWith("Upvote", StringComparison.Ordinal) ? text.Substring(6).Trim()
            : text;
        var shown = RenderedText.IsUpvoteCount(count);
        upvotes = shown ? RenderedText.UpvoteCount(count) : null;
        return shown;
    }

    /// <summary>
    /// Where an empty link may point and still be decoration: the paper, an organisation, the log-in page or an avatar, all
    /// named by what it stands beside. An empty link to the comments or to GitHub is a count or a repository that lost its text.
    /// </summary>
    public static bool IsDecorationTarget(string url) =>
        (RenderedText.IsPaperUrl(url) && !RenderedText.IsCommunityUrl(url)) || RenderedText.HubHandleOf(url) is not null || RenderedText.IsLoginUrl(url)
        || url.StartsWith("https://cdn-avatars.huggingface.co/", StringComparison.Ordinal);

    private static bool IsInvisible(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                return false;
            }
        }

        return true;
    }
}
