using System;
using System.Text;

namespace PaperDataset.Sources.Reading.HubJson;

/// <summary>
/// Turns UTF-8 byte offsets (what Utf8JsonReader reports) into UTF-16 offsets of the text the bytes were encoded from, by
/// counting the characters the bytes in between decode to, walking forward only since the reader's tokens come in order:
/// only the offsets asked for cost anything beyond that count, which the runtime vectorises. A lone surrogate was encoded
/// as the replacement character's three bytes, which decode to one character again, so the two never drift apart.
/// </summary>
internal sealed class Utf8Positions
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly int _firstChar;
    private readonly byte[] _bytes;
    private readonly int _length;
    private int _char;
    private int _byte;

    /// <summary>Positions in the text whose characters from <paramref name="firstChar"/> on were encoded as the first <paramref name="length"/> of <paramref name="bytes"/>.</summary>
    public Utf8Positions(int firstChar, byte[] bytes, int length)
    {
        _firstChar = firstChar;
        _bytes = bytes;
        _length = length;
        _char = firstChar;
    }

    /// <summary>The UTF-16 offset of the character that starts at <paramref name="byteOffset"/> (at least the last one asked for).</summary>
    public int CharAt(long byteOffset)
    {
        var target = (int)Math.Min(byteOffset, _length);
        if (target > _byte)
        {
            _char += Utf8.GetCharCount(_bytes, _byte, target - _byte);
            _byte = target;
        }

        return _char;
    }

    /// <summary>The UTF-16 offset of a position Utf8JsonReader gave as a line (counted at each '\n') and a byte in that line.</summary>
    public int CharAtLine(long lineNumber, long bytePositionInLine)
    {
        var lineStart = 0;
        for (long line = 0; line < lineNumber && lineStart < _length; line++)
        {
            var newline = Array.IndexOf(_bytes, (byte)'\n', lineStart, _length - lineStart);
            lineStart = newline < 0 ? _length : newline + 1;
        }

        return _firstChar + Utf8.GetCharCount(_bytes, 0, (int)Math.Min(lineStart + bytePositionInLine, _length));
    }
}
