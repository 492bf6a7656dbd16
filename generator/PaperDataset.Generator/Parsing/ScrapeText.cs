using System.Collections.Generic;

namespace PaperDataset.Generator.Parsing;

/// <summary>Splits scrape text into lines and blocks (runs of non-blank lines), the units the format is written in.</summary>
internal static class ScrapeText
{
    private const char ByteOrderMark = '\uFEFF';

    private static readonly char[] LineBreaks = ['\n', '\r'];

    /// <summary>Splits at CRLF, LF or CR; a leading byte-order mark is not part of the first line.</summary>
    public static List<ScrapeLine> SplitLines(string text)
    {
        var lines = new List<ScrapeLine>();
        var start = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
        var lineStart = start;
        for (var i = text.IndexOfAny(LineBreaks, start); i >= 0; i = text.IndexOfAny(LineBreaks, lineStart))
        {
            lines.Add(new ScrapeLine(lines.Count, lineStart, text.Substring(lineStart, i - lineStart)));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            lineStart = i + 1;
        }

        if (lineStart < text.Length)
        {
            lines.Add(new ScrapeLine(lines.Count, lineStart, text.Substring(lineStart)));
        }

        return lines;
    }

    /// <summary>Groups the lines from <paramref name="first"/> on into blocks separated by blank lines.</summary>
    public static List<List<ScrapeLine>> Blocks(List<ScrapeLine> lines, int first)
    {
        var blocks = new List<List<ScrapeLine>>();
        List<ScrapeLine>? current = null;
        for (var i = first; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = new List<ScrapeLine>();
                blocks.Add(current);
            }

            current.Add(lines[i]);
        }

        return blocks;
    }
}
