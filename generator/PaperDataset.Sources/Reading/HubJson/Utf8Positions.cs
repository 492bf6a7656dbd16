namespace PaperDataset.Sources.Reading.HubJson;

/// <summary>
/// Turns UTF-8 byte offsets (what Utf8JsonReader reports) into UTF-16 offsets of the text the bytes were encoded from,
/// walking forward only, since the reader's tokens come in order. A lone surrogate counts as the three bytes of the
/// replacement character UTF-8 encoding writes for it, so the two walks never drift apart.
/// </summary>
internal sealed class Utf8Positions(string text, int firstChar)
{
    private int _char = firstChar;
    private long _byte;

    /// <summary>The UTF-16 offset of the character that starts at <paramref name="byteOffset"/> (at least the last one asked for).</summary>
    public int CharAt(long byteOffset)
    {
        while (_byte < byteOffset && _char < text.Length)
        {
            var width = Width(text, _char, out var chars);
            _byte += width;
            _char += chars;
        }

        return _char;
    }

    /// <summary>The UTF-16 offset of a position Utf8JsonReader gave as a line (counted at each '\n') and a byte in that line.</summary>
    public static int CharAtLine(string text, int firstChar, long lineNumber, long bytePositionInLine)
    {
        var start = firstChar;
        for (long line = 0; line < lineNumber && start < text.Length; line++)
        {
            var newline = text.IndexOf('\n', start);
            start = newline < 0 ? text.Length : newline + 1;
        }

        return new Utf8Positions(text, start).CharAt(bytePositionInLine);
    }

    private static int Width(string text, int index, out int chars)
    {
        var c = text[index];
        chars = 1;
        if (c < 0x80)
        {
            return 1;
        }

        if (c < 0x800)
        {
            return 2;
        }

        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            chars = 2;
            return 4;
        }

        return 3;
    }
}
