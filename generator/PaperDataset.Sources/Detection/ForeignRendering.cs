using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.Rendered;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Detection;

/// <summary>
/// Recognises renderings of the page that are not a browser's plain-text copy. Those with a reader are told by the marks
/// every entry carries (<see cref="Readable"/>); any other with markup (front matter, headings, links, code fences,
/// numbered references) interleaves its items with menus, links and footers in ways that cannot be told apart from papers
/// safely, so such a file is reported whole (PDS013) and not read.
/// </summary>
internal static class ForeignRendering
{
    // Markup anywhere in the first lines (where the site header is) gives a file away; further down, a title or abstract
    // may quote a bracket or two, so only several markup lines count.
    private const int HeaderLines = 16;
    private const int BodyMarkupLines = 3;
    private const int FrontMatterLines = 40;

    private static readonly Regex FrontMatterKey = new(@"^[A-Za-z_][A-Za-z0-9_-]*:(\s|$)", RegexOptions.CultureInvariant);
    private static readonly Regex Heading = new(@"^#{1,6}[ \t]+\S", RegexOptions.CultureInvariant);
    private static readonly Regex Link = new(@"\]\((https?:|/)|!\[[^\]]*\]\(|\]\[[0-9]+\]|^\[[0-9]+\]|^\*\*[^*]+:\*\*", RegexOptions.CultureInvariant);

    private static readonly Regex ReferenceEnd = new(@"\]\[[0-9]+\]$", RegexOptions.CultureInvariant);
    private static readonly Regex MarkdownPaperLink = new(@"\]\(https?://huggingface\.co/papers/[0-9]{4}\.[0-9]{4,5}", RegexOptions.CultureInvariant);
    private static readonly Regex AuthorBullet = new(@"^[-*] [0-9]{1,9} authors?$", RegexOptions.CultureInvariant);
    private static readonly Regex PaperUrlLine = new(@"^https?://huggingface\.co/papers/[0-9]{4}\.[0-9]{4,5}$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The rendering a reader understands, from what its entries look like: text-browser output has <c>### [Title</c>
    /// headings and <c>][n]</c> references; Markdown has <c>### [Title](…/papers/id)</c> headings, or plain <c>###</c> headings
    /// with author bullets; a link-lines export has paper URLs alone on their lines. Null for anything else.
    /// </summary>
    public static SourceFormat? Readable(IReadOnlyList<TextLine> lines)
    {
        bool linkedHeading = false, references = false, paperLinks = false, authors = false, urlLines = false;
        var headings = 0;
        foreach (var line in lines)
        {
            var text = line.Text;
            if (text.StartsWith("### ", StringComparison.Ordinal))
            {
                headings++;
                linkedHeading |= text.StartsWith("### [", StringComparison.Ordinal);
            }

            // A title's heading, or the line that closes a bracketed link, ends in the reference: a meta element written as a
            // reference link (<c>[19][12]</c>) may sit in any rendering.
            references |= (text.StartsWith("### ", StringComparison.Ordinal) || text.StartsWith("]", StringComparison.Ordinal)) && ReferenceEnd.IsMatch(text);
            paperLinks |= text.IndexOf("](http", StringComparison.Ordinal) >= 0 && MarkdownPaperLink.IsMatch(text);
            authors |= text.EndsWith("authors", StringComparison.Ordinal) && AuthorBullet.IsMatch(text);
            urlLines |= text.StartsWith("http", StringComparison.Ordinal) && PaperUrlLine.IsMatch(text);
        }

        var plainHeadings = headings >= 2 && authors;
        if (linkedHeading && references)
        {
            return SourceFormat.TextBrowser;
        }

        if ((linkedHeading && paperLinks) || plainHeadings)
        {
            return SourceFormat.Markdown;
        }

        return urlLines ? SourceFormat.LinkLines : null;
    }

    /// <summary>
    /// Whether <see cref="Readable"/> could find a rendering in <paramref name="text"/>, without splitting it into lines:
    /// every verdict of <see cref="Readable"/> needs a line that starts, after white space, with "### " or "http" (a
    /// heading, a paper URL), so a rule added there that does not must be added here. JSON has no such line.
    /// </summary>
    public static bool MayBeReadable(string text) => StartsSomeLine(text, "### ") || StartsSomeLine(text, "http");

    private static bool StartsSomeLine(string text, string prefix)
    {
        for (var at = text.IndexOf(prefix, StringComparison.Ordinal); at >= 0; at = text.IndexOf(prefix, at + 1, StringComparison.Ordinal))
        {
            var before = at - 1;
            while (before >= 0 && text[before] is not ('\n' or '\r') && char.IsWhiteSpace(text[before]))
            {
                before--;
            }

            // A line starts after a line break, or at the start of the text (after its byte-order mark).
            if (before < 0 || text[before] is '\n' or '\r' || (before == 0 && text[0] == '\uFEFF'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The line that shows the file is a foreign rendering, and why; null for a plain-text copy.</summary>
    public static (TextLine Line, string Reason)? Detect(IReadOnlyList<TextLine> lines)
    {
        var text = new List<TextLine>();
        foreach (var line in lines)
        {
            if (!line.IsBlank)
            {
                text.Add(line);
            }
        }

        if (text.Count > 1 && text[0].Text == "---" && FrontMatterKey.IsMatch(text[1].Text) && ClosesFrontMatter(text))
        {
            return (text[0], $"line {Number(text[0])} starts YAML front matter, as Markdown exports do");
        }

        (TextLine Line, string Kind)? first = null;
        var count = 0;
        for (var i = 0; i < text.Count; i++)
        {
            var kind = Markup(text[i].Text);
            if (kind is null)
            {
                continue;
            }

            first ??= (text[i], kind);
            if (i < HeaderLines || ++count >= BodyMarkupLines)
            {
                return (first.Value.Line, $"line {Number(first.Value.Line)} is {first.Value.Kind} (\"{first.Value.Line.Quoted}\")");
            }
        }

        return null;
    }

    private static bool ClosesFrontMatter(List<TextLine> text)
    {
        for (var i = 2; i < text.Count && i < FrontMatterLines; i++)
        {
            if (text[i].Text == "---")
            {
                return true;
            }
        }

        return false;
    }

    private static string? Markup(string text)
    {
        if (text.StartsWith("```", StringComparison.Ordinal) || text.StartsWith("~~~", StringComparison.Ordinal))
        {
            return "a Markdown code fence";
        }

        if (text.StartsWith("#", StringComparison.Ordinal) && Heading.IsMatch(text))
        {
            return "a Markdown heading";
        }

        // Every link shape has a ']' or starts with "**"; checking that first spares the regex a scan of every abstract.
        // A meta element written as a link is not the page's markup: a text copy may carry one (docs/FORMAT.md, "Meta written as links").
        var mayBeLink = text.IndexOf(']') >= 0 || text.StartsWith("**", StringComparison.Ordinal);
        return mayBeLink && Link.IsMatch(text) && !MetaLinks.IsLinkedMeta(text) ? "a link in Markdown or text-browser syntax" : null;
    }

    private static string Number(TextLine line) => line.Position.LineNumber.ToString(CultureInfo.InvariantCulture);
}
