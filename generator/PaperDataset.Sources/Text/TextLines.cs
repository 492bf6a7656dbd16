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
        var lineStart = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
        for (var i = text.IndexOfAny(LineBreaks, lineStart); i >= 0; i = text.IndexOfAny(LineBreaks, lineStart))
        {
            yield return (lineStart, i - lineStart);
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            lineStart = i + 1;
        }

        if (lineStart < text.Length)
        {
            yield return (lineStart, text.Length - lineStart);
        }
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
