using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.Rendered;
using PaperDataset.Sources.Reading.PageVocabulary;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.TextBrowser;

/// <summary>
/// Reads a papers page as a text browser prints it with numbered reference links (docs/FORMAT.md, "Text-browser output"):
/// <c>### [Title][32]</c>, the abstract, upvote count and author count each bracketed over lines (<c>[</c> … <c>][33]</c>),
/// an organisation as <c>[[handle] Name][n]</c>, <c>·</c>, and the date with the comment count as <c>[ 2][113]</c>. The
/// reference list with the URLs is not part of the page text, so no arXiv id can be read.
/// </summary>
internal sealed class TextBrowserReader : RenderedReader
{
    public static readonly TextBrowserReader Instance = new();

    private static readonly Regex ReferenceEnd = new(@"^(.*)\]\[[0-9]+\]$", RegexOptions.CultureInvariant);

    private static readonly Regex ReferenceClose = new(@"^\]\[[0-9]+\]$", RegexOptions.CultureInvariant);

    // "[handle] Name": the organisation's avatar, whose alt text is its handle, then its name.
    private static readonly Regex Organization = new(@"^\[([^\]]*)\]\s*(.*)$", RegexOptions.CultureInvariant);

    private TextBrowserReader()
    {
    }

    public override SourceFormat Format => SourceFormat.TextBrowser;

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
            else if (text == "[")
            {
                yield return Bracketed(lines, ref i);
            }
            else if (IsChrome(text))
            {
                yield return new RenderedPart(PartKind.Chrome, line);
            }
            else if (text.StartsWith("·", StringComparison.Ordinal))
            {
                foreach (var part in RenderedText.Separator(line, MetaLinks.Date))
                {
                    yield return part;
                }
            }
            else if (MetaLinks.Read(lines, ref i) is { } meta)
            {
                yield return meta;
            }
            else if (text.StartsWith("[", StringComparison.Ordinal) && ReferenceEnd.Match(text) is { Success: true } link)
            {
                yield return Link(line, link.Groups[1].Value.Substring(1).Trim());
            }
            else
            {
                yield return RenderedText.AuthorBullet(line, text) ?? new RenderedPart(PartKind.Unknown, line);
            }
        }
    }

    private static bool IsChrome(string text) =>
        LineShapes.IsChrome(text) || text.StartsWith("```", StringComparison.Ordinal) || text == "[Content truncated]"
        || text.StartsWith("# ", StringComparison.Ordinal) || text.StartsWith("## ", StringComparison.Ordinal)
        || text.StartsWith("Submitted by", StringComparison.Ordinal) || text.StartsWith("Trending Papers ranked by", StringComparison.Ordinal);

    /// <summary>
    /// A one-line reference link in the list that is no meta element (<see cref="MetaLinks"/> reads upvote counts and
    /// organisations): an organisation whose avatar names no Hub handle, or whose name is missing, or something unknown.
    /// </summary>
    private static RenderedPart Link(TextLine line, string inner)
    {
        if (Organization.Match(inner) is not { Success: true } organization)
        {
            return new RenderedPart(PartKind.Unknown, line);
        }

        var handle = organization.Groups[1].Value.Trim();
        return HubNames.IsHandle(handle)
            ? new RenderedPart(PartKind.MalformedMeta, line) { Problem = $"the organisation \"{handle}\" has no name" }
            : new RenderedPart(PartKind.MalformedMeta, line) { Problem = $"\"{handle}\" is not a Hub organisation handle" };
    }

    /// <summary><c>### [Title][n]</c>, possibly wrapped over lines that each repeat the <c>###</c>.</summary>
    private static RenderedPart Title(IReadOnlyList<TextLine> lines, ref int i)
    {
        var first = lines[i];
        var body = first.Text.Substring(4).Trim();
        var linked = body.StartsWith("[", StringComparison.Ordinal);
        body = linked ? body.Substring(1) : body;
        var pieces = new List<string>();
        while (linked)
        {
            if (ReferenceEnd.Match(body) is { Success: true } end)
            {
                pieces.Add(end.Groups[1].Value.Trim());
                break;
            }

            pieces.Add(body.Trim());
            if (i + 1 >= lines.Count || lines[i + 1].IsBlank)
            {
                break; // never closed: the title is still what the heading says
            }

            var next = lines[++i].Text;
            body = next.StartsWith("### ", StringComparison.Ordinal) ? next.Substring(4) : next;
        }

        if (!linked)
        {
            pieces.Add(body);
        }

        var title = string.Join(" ", pieces).Trim();
        return title.Length is 0 or > LineShapes.MaxTitleLength
            ? new RenderedPart(PartKind.RefusedTitle, first, lines[i])
            : new RenderedPart(PartKind.Title, first, lines[i]) { Text = title };
    }

    /// <summary>
    /// A link whose text stands on lines of its own between <c>[</c> and <c>][n]</c>: an upvote count, an author list or an
    /// abstract (hard-wrapped by the browser; joined with single spaces). Cut off by the end of the capture, it is incomplete.
    /// </summary>
    private static RenderedPart Bracketed(IReadOnlyList<TextLine> lines, ref int i)
    {
        var first = lines[i];
        var content = new List<TextLine>();
        var closed = false;
        var broken = false;
        while (i + 1 < lines.Count)
        {
            var next = lines[i + 1];
            if (next.Text == "[Content truncated]" || next.Text.StartsWith("```", StringComparison.Ordinal)
                || next.Text == "[" || next.Text.StartsWith("### ", StringComparison.Ordinal))
            {
                break; // the capture's end, or the next link or heading: this link lost its closing line
            }

            i++;
            if (ReferenceClose.IsMatch(next.Text))
            {
                closed = true;
                break;
            }

            if (!next.IsBlank)
            {
                broken |= content.Count > 0 && lines[i - 1].IsBlank; // the browser leaves blank lines only around the text
                content.Add(next);
            }
        }

        var last = lines[i];
        broken |= content.Skip(1).Zip(content, (line, above) => line.Text == above.Text).Any(same => same);
        if (content.Count == 0 || broken)
        {
            // Nothing inside, a repeated line (a wrapped line never repeats the one above it) or a blank line inside the
            // text: not what the page showed.
            return new RenderedPart(PartKind.Unknown, first, last);
        }

        var lastText = content[content.Count - 1].Text;
        if (closed && content.Count == 1 && RenderedText.IsUpvoteCount(lastText))
        {
            return new RenderedPart(PartKind.Upvotes, first, last) { Number = RenderedText.UpvoteCount(lastText) };
        }

        if (closed && RenderedText.AuthorBullet(content[content.Count - 1], lastText) is { } authors)
        {
            return authors with { First = first, Last = last };
        }

        var pieces = content.ConvertAll(line => line.Text);
        var text = string.Join(" ", pieces);
        return new RenderedPart(PartKind.Abstract, first, last)
        {
            Text = text,
            Complete = closed,
        };
    }
}
