using System.Collections.Generic;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.HubJson;

/// <summary>Diagnostic positions for character offsets: the line an offset falls on, and its column there.</summary>
internal static class TextLocator
{
    /// <summary>A one-character position at <paramref name="offset"/> (empty at the end of the text).</summary>
    public static TextPosition At(IReadOnlyList<TextLine> lines, int offset)
    {
        var line = LineOf(lines, offset);
        if (line is not { } found)
        {
            return new TextPosition(0, offset, 0, 0, 0);
        }

        var column = offset - found.Start;
        var length = column < found.Raw.Length ? 1 : 0;
        return new TextPosition(found.Index, offset, length, column, column + length);
    }

    private static TextLine? LineOf(IReadOnlyList<TextLine> lines, int offset)
    {
        int low = 0, high = lines.Count - 1;
        TextLine? found = null;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (lines[middle].Start <= offset)
            {
                found = lines[middle];
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
