using PaperDataset.Sources.Model;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.HubJson;

/// <summary>
/// Diagnostic positions for character offsets of a text: the line an offset falls on (as <see cref="TextLines.SplitLines"/>
/// numbers them), and its column there. It walks the lines forward from the last offset asked for (a reader asks in
/// order, nearly always), so a reader that reports a few positions neither splits the text nor keeps its lines.
/// </summary>
internal sealed class TextLocator(string text)
{
    private const char ByteOrderMark = '\uFEFF';

    private static readonly char[] LineBreaks = ['\n', '\r'];

    // The line the last offset fell on (-1: none yet), where it starts and ends, and where the next one starts (-1: none).
    private int _index = -1;
    private int _start;
    private int _end;
    private int _next = -1;

    /// <summary>A one-character position at <paramref name="offset"/> (empty at the end of a line or of the text).</summary>
    public TextPosition At(int offset)
    {
        if (_index < 0 || offset < _start)
        {
            _index = -1;
            var first = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
            _next = first < text.Length ? first : -1;
        }

        while (_next >= 0 && _next <= offset)
        {
            EnterLine(_next);
        }

        if (_index < 0)
        {
            return new TextPosition(0, offset, 0, 0, 0);
        }

        var column = offset - _start;
        var length = column < _end - _start ? 1 : 0;
        return new TextPosition(_index, offset, length, column, column + length);
    }

    /// <summary>Makes the line starting at <paramref name="start"/> the current one: it ends at a CRLF, LF or CR, or at the end.</summary>
    private void EnterLine(int start)
    {
        _index++;
        _start = start;
        var lineBreak = text.IndexOfAny(LineBreaks, start);
        _end = lineBreak < 0 ? text.Length : lineBreak;
        var next = lineBreak < 0 ? text.Length
            : text[lineBreak] == '\r' && lineBreak + 1 < text.Length && text[lineBreak + 1] == '\n' ? lineBreak + 2
            : lineBreak + 1;

        // A break at the very end ends the last line; it does not start an empty one.
        _next = next < text.Length ? next : -1;
    }
}
