using System.Collections.Generic;

namespace PaperDataset.Sources.Text;

/// <summary>Splits scrape text into lines and blocks (runs of non-blank lines), the units the format is written in.</summary>
internal static class TextLines
{
    private const char ByteOrderMark = '\uFEFF';

    private static readonly char[] LineBreaks = ['\n', '\r'];

    /// <summary>Splits at CRLF, LF or CR; a leading byte-order mark is not part of the first line.</summary>
    public static List<TextLine> SplitLines(string text)
    {
        var lines = new List<TextLine>();
        foreach (var (start, length) in LineSpans(text))
        {
            lines.Add(new TextLine(lines.Count, start, text.Substring(start, length)));
        }

        return lines;
    }

    /// <summary>Where each line of <see cref="SplitLines"/> starts and how long it is, without copying the lines.</summary>
    public static IEnumerable<(int Start, int Length)> LineSpans(string text)
    {
        for (var start = FirstLineStart(text); start >= 0;)
        {
            var (end, next) = LineAt(text, start);
            yield return (start, end - start);
            start = next;
        }
    }

    /// <summary>Where the first line starts (after a byte-order mark); -1 when the text has no line at all.</summary>
    public static int FirstLineStart(string text)
    {
        var start = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
        return start < text.Length ? start : -1;
    }

    /// <summary>
    /// Where the line starting at <paramref name="start"/> ends (at its CRLF, LF or CR, or at the end of the text) and where
    /// the next line starts; -1 when there is none, since a break at the very end ends the last line without starting one.
    /// </summary>
    public static (int End, int Next) LineAt(string text, int start)
    {
        var lineBreak = text.IndexOfAny(LineBreaks, start);
        if (lineBreak < 0)
        {
            return (text.Length, -1);
        }

        var next = text[lineBreak] == '\r' && lineBreak + 1 < text.Length && text[lineBreak + 1] == '\n' ? lineBreak + 2 : lineBreak + 1;
        return (lineBreak, next < text.Length ? next : -1);
    }

    /// <summary>Groups the lines from <paramref name="first"/> on into blocks separated by blank lines.</summary>
    public static List<List<TextLine>> Blocks(IReadOnlyList<TextLine> lines, int first)
    {
        var blocks = new List<List<TextLine>>();
        List<TextLine>? current = null;
        for (var i = first; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = new List<TextLine>();
                blocks.Add(current);
            }

            current.Add(lines[i]);
        }

        return blocks;
    }
}
