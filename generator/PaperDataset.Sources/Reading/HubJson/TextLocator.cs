using System.Collections.Generic;
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
    private IEnumerator<(int Start, int Length)>? _lines;
    private int _index;
    private (int Start, int Length) _line;
    private (int Start, int Length)? _next;

    /// <summary>A one-character position at <paramref name="offset"/> (empty at the end of a line or of the text).</summary>
    public TextPosition At(int offset)
    {
        if (_lines is null || (_index >= 0 && offset < _line.Start))
        {
            _lines = TextLines.LineSpans(text).GetEnumerator();
            _index = -1;
            _next = NextLine();
        }

        while (_next is { } next && next.Start <= offset)
        {
            _line = next;
            _index++;
            _next = NextLine();
        }

        if (_index < 0)
        {
            return new TextPosition(0, offset, 0, 0, 0);
        }

        var column = offset - _line.Start;
        var length = column < _line.Length ? 1 : 0;
        return new TextPosition(_index, offset, length, column, column + length);
    }

    private (int Start, int Length)? NextLine() => _lines!.MoveNext() ? _lines.Current : null;
}
