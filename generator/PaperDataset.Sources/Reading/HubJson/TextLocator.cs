using System.Collections.Generic;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.HubJson;

/// <summary>
/// Diagnostic positions for character offsets of a text: the line an offset falls on (as <see cref="TextLines.SplitLines"/>
/// numbers them), and its column there. It keeps only where lines start, found when first asked, so a reader that reports
/// a few positions does not need the text split into lines.
/// </summary>
internal sealed class TextLocator(string text)
{
    private List<(int Start, int Length)>? _lines;

    /// <summary>A one-character position at <paramref name="offset"/> (empty at the end of a line or of the text).</summary>
    public TextPosition At(int offset)
    {
        _lines ??= new List<(int Start, int Length)>(TextLines.LineSpans(text));
        var index = LineOf(_lines, offset);
        if (index < 0)
        {
            return new TextPosition(0, offset, 0, 0, 0);
        }

        var column = offset - _lines[index].Start;
        var length = column < _lines[index].Length ? 1 : 0;
        return new TextPosition(index, offset, length, column, column + length);
    }

    /// <summary>The last line that starts at or before <paramref name="offset"/>, or -1.</summary>
    private static int LineOf(List<(int Start, int Length)> lines, int offset)
    {
        int low = 0, high = lines.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (lines[middle].Start <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
