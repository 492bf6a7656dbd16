using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.Rendered;
using PaperDataset.Sources.Reading.PageVocabulary;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.Markdown;

/// <summary>
/// Reads a papers page saved as Markdown by a page-to-Markdown tool (docs/FORMAT.md, "Markdown"): <c>### [Title](…/papers/id)</c>
/// or <c>### Title</c> headings, the abstract as a link or a paragraph (hard wraps end in <c>\\</c>), an upvote link above
/// the title, author bullets or an organisation link, <c>·</c> and the date with a link to the comments.
/// </summary>
internal sealed class MarkdownReader : RenderedReader
{
    public static readonly MarkdownReader Instance = new();

    private static readonly Regex LinkEnd = new(@"^(.*)\]\((\S*)\)$", RegexOptions.CultureInvariant);

    // A hard line break inside a title (a source title's own line break): a backslash, then the next line's indent.
    private static readonly Regex TitleBreak = new(@"\\\s{2,}", RegexOptions.CultureInvariant);

    private MarkdownReader()
    {
    }

    public override SourceFormat Format => SourceFormat.Markdown;

    protected override IEnumerable<RenderedPart> Parts(IReadOnlyList<TextLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text;
            if (line.IsBlank)
            {
                continue;
            }

            if (text.StartsWith("### ", StringComparison.Ordinal))
            {
                yield return Title(lines, ref i);
            }
            else if (MarkdownChrome.IsChrome(text))
            {
                yield return new RenderedPart(PartKind.Chrome, line);
                var next = i + 1;
                while (next < lines.Count && lines[next].IsBlank)
                {
                    next++;
                }

                if (MarkdownChrome.IsSubmittedBy(text) && next < lines.Count && LinkEnd.IsMatch(lines[next].Text))
                {
                    i = next;
                    yield return new RenderedPart(PartKind.Chrome, lines[i]); // the submitter's avatar and name: a user, not an organisation
                }
            }
            else if (text.StartsWith("·", StringComparison.Ordinal))
            {
                foreach (var part in RenderedText.Separator(line, MetaLinks.Date))
                {
                    yield return part;
                }
            }
            else
            {
                // No pattern variable in a condition of this iterator: a mutant negating the condition leaves it unassigned
                // (CS0165), and the mutation run then drops every mutant of the method, as it did for LinkLinesReader.Parts.
                yield return MetaLinks.Read(lines, ref i) ?? Other(lines, ref i);
            }
        }
    }

    /// <summary>A line that is no heading, chrome, separator or meta element: a link of the page's own, a bullet or a paragraph.</summary>
    private static RenderedPart Other(IReadOnlyList<TextLine> lines, ref int i)
    {
        var line = lines[i];
        var text = line.Text;
        return text.StartsWith("[", StringComparison.Ordinal)
            ? Link(lines, ref i)
            : IsBullet(text) ? Bullet(line, text) : Paragraph(lines, ref i);
    }

    private static bool IsBullet(string text) => text.StartsWith("- ", StringComparison.Ordinal) || text.StartsWith("* ", StringComparison.Ordinal);

    private static RenderedPart Bullet(TextLine line, string text) =>
        RenderedText.AuthorBullet(line, text)
        ?? new RenderedPart(MarkdownLinks.IsAvatar(text) || LineShapes.IsChrome(text.Substring(2)) ? PartKind.Chrome : PartKind.Unknown, line);

    /// <summary><c>### [Title](url)</c>, possibly wrapped over lines (each may repeat the <c>###</c>), or a plain <c>### Title</c> with indented continuation lines.</summary>
    private static RenderedPart Title(IReadOnlyList<TextLine> lines, ref int i)
    {
        var first = lines[i];
        var body = first.Text.Substring(4).Trim();
        var pieces = new List<string>();
        string? url = null;
        if (body.StartsWith("[", StringComparison.Ordinal))
        {
            body = body.Substring(1);
            while (true)
            {
                if (LinkEnd.Match(body) is { Success: true } end)
                {
                    pieces.Add(end.Groups[1].Value.Trim());
                    url = end.Groups[2].Value;
                    break;
                }

                pieces.Add(body);
                if (i + 1 >= lines.Count || lines[i + 1].IsBlank)
                {
                    break; // never closed: the title is still what the heading says
                }

                var next = lines[++i].Text;
                body = next.StartsWith("### ", StringComparison.Ordinal) ? next.Substring(4).Trim() : next;
            }
        }
        else
        {
            pieces.Add(body);
            while (i + 1 < lines.Count && !lines[i + 1].IsBlank && char.IsWhiteSpace(lines[i + 1].Raw[0]))
            {
                pieces.Add(lines[++i].Text);
            }
        }

        var joined = string.Join(" ", pieces.Where(piece => piece.Length > 0));
        var title = TitleBreak.Replace(joined, " ");
        if (title.Length is 0 or > LineShapes.MaxTitleLength)
        {
            return new RenderedPart(PartKind.RefusedTitle, first, lines[i]);
        }

        return new RenderedPart(PartKind.Title, first, lines[i])
        {
            Text = title,
            ArxivId = url is null ? null : RenderedText.ArxivIdOf(url),
        };
    }

    /// <summary>A link, on one line or (its text hard-wrapped) over several, up to the line that closes it.</summary>
    private static RenderedPart Link(IReadOnlyList<TextLine> lines, ref int i)
    {
        var first = lines[i];
        var content = new List<string>();
        var body = first.Text.Substring(1);
        while (true)
        {
            if (LinkEnd.Match(body) is { Success: true } end)
            {
                content.Add(WithoutHardBreak(end.Groups[1].Value));
                return MarkdownLinks.Classify(first, lines[i], content, end.Groups[2].Value);
            }

            content.Add(WithoutHardBreak(body));
            if (i + 1 < lines.Count && lines[i + 1].Text == lines[i].Text)
            {
                return new RenderedPart(PartKind.Unknown, first, lines[++i]); // a repeated line: the link's text is not what the page showed
            }

            if (i + 1 >= lines.Count || lines[i + 1].IsBlank)
            {
                // The file ends, or the paragraph does, before the link closes: a link cut off by the capture.
                return MarkdownLinks.Unclosed(first, lines[i]);
            }

            body = lines[++i].Text;
        }
    }

    /// <summary>A plain paragraph (an abstract in simplified Markdown), up to a blank line or a line with markup of its own.</summary>
    private static RenderedPart Paragraph(IReadOnlyList<TextLine> lines, ref int i)
    {
        var first = lines[i];
        if (char.IsWhiteSpace(first.Raw[0]))
        {
            return new RenderedPart(PartKind.Unknown, first); // an indented line continues a heading, never starts a paragraph
        }

        var content = new List<string> { first.Text };

        // A wrapped line never repeats the line above it: a repeat is a duplicated line, and starts a part of its own.
        while (i + 1 < lines.Count && !lines[i + 1].IsBlank && !StartsMarkup(lines[i + 1].Text) && lines[i + 1].Text != lines[i].Text
            && !MetaLinks.Starts(lines, i + 1))
        {
            content.Add(WithoutHardBreak(lines[++i].Text));
        }

        // A paragraph that ends by closing a link never opened lost its first line: it is debris, not an abstract.
        var kind = LinkEnd.IsMatch(lines[i].Text) ? PartKind.Unknown : PartKind.Abstract;
        var text = string.Join(" ", content);
        return new RenderedPart(kind, first, lines[i]) { Text = text };
    }

    private static bool StartsMarkup(string text) =>
        text.StartsWith("[", StringComparison.Ordinal) || text.StartsWith("#", StringComparison.Ordinal) || text.StartsWith("·", StringComparison.Ordinal)
        || IsBullet(text) || MarkdownChrome.IsChrome(text);

    // Page-to-Markdown tools end each hard-wrapped line of a link's text with "\\" (an escaped line break).
    private static string WithoutHardBreak(string text)
    {
        var trimmed = text.Trim();
        return trimmed.EndsWith("\\\\", StringComparison.Ordinal) ? trimmed.Substring(0, trimmed.Length - 2).TrimEnd() : trimmed;
    }
}
