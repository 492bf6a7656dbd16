using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.Rendered;
using PaperDataset.Sources.Reading.PageVocabulary;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.LinkLines;

/// <summary>
/// Reads a papers page exported as plain text with each link's URL on the line after its text (a notebook "web page"
/// export; docs/FORMAT.md, "Link lines"): <c>[-] 19</c> and the log-in URL, the title and the paper URL, the abstract,
/// <c>[</c> / <c>2 authors](…)</c> or an organisation's name and its Hub URL, <c>·</c>, the date, then the comment count
/// and its <c>#community</c> URL.
/// </summary>
internal sealed class LinkLinesReader : RenderedReader
{
    public static readonly LinkLinesReader Instance = new();

    // The author count is a link whose text lost its bullet: "[" on one line, "2 authors](https://…)" on the next.
    private static readonly Regex AuthorLink = new(@"^(.*)\]\((\S+)\)$", RegexOptions.CultureInvariant);

    private LinkLinesReader()
    {
    }

    public override SourceFormat Format => SourceFormat.LinkLines;

    protected override IEnumerable<RenderedPart> Parts(IReadOnlyList<TextLine> lines)
    {
        string? lastTitleId = null;
        for (var i = Next(lines, -1); i < lines.Count; i = Next(lines, i))
        {
            // The separator line may carry the date too: two parts from one line, and neither ends a title's abstract.
            if (lines[i].Text.StartsWith("·", StringComparison.Ordinal))
            {
                foreach (var separated in RenderedText.Separator(lines[i], MetaLinks.Date))
                {
                    yield return separated;
                }

                continue;
            }

            var part = Part(lines, ref i, lastTitleId);
            lastTitleId = part.Kind == PartKind.Title ? part.ArxivId : part.Kind == PartKind.Chrome ? lastTitleId : null;
            yield return part;
        }
    }

    /// <summary>The part line <paramref name="i"/> starts; <paramref name="i"/> moves to its last line (a URL it took, a wrapped line).</summary>
    private static RenderedPart Part(IReadOnlyList<TextLine> lines, ref int i, string? lastTitleId)
    {
        var line = lines[i];
        var text = line.Text;
        var following = Next(lines, i);
        var url = following < lines.Count && MetaLinks.IsUrl(lines[following].Text) ? lines[following].Text : null;
        if (LineShapes.IsUpvote(text))
        {
            return new RenderedPart(PartKind.Upvotes, line) { Number = RenderedText.UpvoteCount(text.Substring(3).Trim()) };
        }

        if (MetaLinks.IsUrl(text))
        {
            return IsAvatar(lines, i) ? new RenderedPart(PartKind.Chrome, line) : Link(line, text);
        }

        if (IsChrome(text))
        {
            i = url is null ? i : following;
            return new RenderedPart(PartKind.Chrome, line, url is null ? line : lines[following]);
        }

        if (MetaLinks.Read(lines, ref i) is { } meta)
        {
            return meta;
        }

        if (text == "[" && following < lines.Count && AuthorLink.Match(lines[following].Text) is { Success: true } authors)
        {
            i = following;
            var part = RenderedText.AuthorBullet(lines[following], "- " + authors.Groups[1].Value.Trim()) ?? new RenderedPart(PartKind.Unknown, lines[following]);
            return part with { First = line };
        }

        if (RenderedText.AuthorBullet(line, text) is { } bullet)
        {
            return bullet;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _) && url is null
            ? new RenderedPart(PartKind.Unknown, line) // a count whose link was lost
            : Paragraph(lines, ref i, lastTitleId);
    }

    private static int Next(IReadOnlyList<TextLine> lines, int index)
    {
        var next = index + 1;
        while (next < lines.Count && lines[next].IsBlank)
        {
            next++;
        }

        return next;
    }

    private static bool IsChrome(string text) =>
        LineShapes.IsChrome(text) || text.StartsWith("Submitted by", StringComparison.Ordinal) || text.StartsWith("Trending Papers ranked by", StringComparison.Ordinal)
        || text == "[Content truncated]";

    /// <summary>
    /// An empty link (an organisation's avatar, before its name) is its URL alone, the line of its text being empty:
    /// decoration when it points where decoration may and a meta element follows it.
    /// </summary>
    private static bool IsAvatar(IReadOnlyList<TextLine> lines, int index)
    {
        var next = Next(lines, index);
        if (!MetaLinks.IsDecorationTarget(lines[index].Text) || next >= lines.Count)
        {
            return false;
        }

        var text = lines[next].Text;
        return text == "[" || text.StartsWith("·", StringComparison.Ordinal) || (!MetaLinks.IsUrl(text) && MetaLinks.Starts(lines, next));
    }

    /// <summary>A URL on its own: the log-in link of a button, a link to arXiv or GitHub, or one whose text was dropped.</summary>
    private static RenderedPart Link(TextLine line, string url)
    {
        if (RenderedText.IsLoginUrl(url))
        {
            return new RenderedPart(PartKind.Chrome, line);
        }

        if (RenderedText.GitHubRepositoryOf(url) is { } repository)
        {
            return new RenderedPart(PartKind.GitHub, line) { Handle = repository };
        }

        return RenderedText.IsArxivUrl(url) || (RenderedText.IsPaperUrl(url) && !RenderedText.IsCommunityUrl(url))
            ? new RenderedPart(PartKind.ArxivLink, line) { ArxivId = RenderedText.ArxivIdOf(url) }
            : new RenderedPart(PartKind.Unknown, line);
    }

    /// <summary>
    /// Text (a line, or a title or abstract wrapped over adjacent lines, joined with single spaces) and, when a URL follows
    /// it, what that URL makes it; without one it is an abstract.
    /// </summary>
    private static RenderedPart Paragraph(IReadOnlyList<TextLine> lines, ref int i, string? lastTitleId)
    {
        var first = lines[i];
        var pieces = new List<string> { first.Text };
        while (i + 1 < lines.Count && !lines[i + 1].IsBlank && IsPlain(lines[i + 1].Text) && !LabelsOtherThanPaper(lines, i + 1)
            && lines[i + 1].Text != lines[i].Text && !MetaLinks.Starts(lines, i + 1))
        {
            pieces.Add(lines[++i].Text);
        }

        var following = Next(lines, i);
        var before = i - pieces.Count;
        while (before >= 0 && lines[before].IsBlank)
        {
            before--;
        }

        // A title is wrapped only right under its upvote button's log-in URL; elsewhere the lines above a title's last line
        // are something else (debris, or the previous abstract's end) and stay a part of their own. The URL of the title
        // just read is no other title's: it repeats after that title's wrapped abstract.
        var underLogin = before >= 0 && RenderedText.IsLoginUrl(lines[before].Text);
        if (pieces.Count > 1 && !underLogin && following < lines.Count && RenderedText.IsPaperUrl(lines[following].Text)
            && RenderedText.ArxivIdOf(lines[following].Text) != lastTitleId)
        {
            pieces.RemoveAt(pieces.Count - 1);
            i--;
            following = i + 1;
        }

        var text = string.Join(" ", pieces);
        // An empty link is a line with no text, then its URL: a URL after a blank line is that link's, unless it is the paper's.
        if (following < lines.Count && MetaLinks.IsUrl(lines[following].Text) && (following == i + 1 || RenderedText.IsPaperUrl(lines[following].Text)))
        {
            var labelled = Labelled(first, lines[following], text, lines[following].Text, lastTitleId);
            i = following;
            return labelled;
        }

        return new RenderedPart(PartKind.Abstract, first, lines[i]) { Text = text };
    }

    // A line right above an organisation's (or any non-paper) URL is that link's text, never the end of a wrapped paragraph;
    // a wrapped title, whose last line is above the paper's URL, is joined.
    private static bool LabelsOtherThanPaper(IReadOnlyList<TextLine> lines, int index)
    {
        var following = Next(lines, index);
        return following < lines.Count && MetaLinks.IsUrl(lines[following].Text) && !RenderedText.IsPaperUrl(lines[following].Text);
    }

    private static bool IsPlain(string text) =>
        !MetaLinks.IsUrl(text) && !IsChrome(text) && !LineShapes.IsUpvote(text) && !RenderedText.IsDate(text) && text != "[" && !MetaLinks.ShowsNothing(text)
        && !text.StartsWith("·", StringComparison.Ordinal) && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    /// <summary>
    /// Text and the URL it links to: the title (the paper's page), the abstract (the same page again, right after the title),
    /// the comment count (<c>#community</c>) or an organisation (its Hub page).
    /// </summary>
    private static RenderedPart Labelled(TextLine line, TextLine urlLine, string text, string url, string? lastTitleId)
    {
        if (RenderedText.IsPaperUrl(url) && !RenderedText.IsCommunityUrl(url))
        {
            var id = RenderedText.ArxivIdOf(url);
            var isAbstract = text.Length > LineShapes.MaxTitleLength || (id is not null && id == lastTitleId);
            return new RenderedPart(isAbstract ? PartKind.Abstract : PartKind.Title, line, urlLine) { Text = text, ArxivId = id };
        }

        if (MetaLinks.Meta(line, urlLine, new PageLink(text, url, true)) is { } meta)
        {
            return meta;
        }

        if (RenderedText.IsCommunityUrl(url))
        {
            return new RenderedPart(PartKind.MalformedMeta, line, urlLine) { Problem = $"the comment link \"{line.Quoted}\" shows no count" };
        }

        return url.StartsWith("https://huggingface.co/", StringComparison.Ordinal) && url.Substring(23).IndexOf('/') < 0
            ? new RenderedPart(PartKind.MalformedMeta, line, urlLine) { Problem = $"\"{url.Substring(23)}\" is not a Hub organisation handle" }
            : new RenderedPart(PartKind.Unknown, line, urlLine);
    }
}
