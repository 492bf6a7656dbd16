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
            _next = TextLines.FirstLineStart(text);
        }

        while (_next >= 0 && _next <= offset)
        {
            _index++;
            _start = _next;
            (_end, _next) = TextLines.LineAt(text, _start);
        }

        if (_index < 0)
        {
            return new TextPosition(0, offset, 0, 0, 0);
        }

        var column = offset - _start;
        var length = column < _end - _start ? 1 : 0;
        return new TextPosition(_index, offset, length, column, column + length);
    }
}
