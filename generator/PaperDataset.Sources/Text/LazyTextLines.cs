using System.Collections;
using System.Collections.Generic;
using PaperDataset.Sources.Model;

namespace PaperDataset.Sources.Text;

/// <summary>
/// The lines of a text (<see cref="TextLines.SplitLines"/>), split when first used. Most files need them; a Hub JSON file
/// does not (its reader locates the few offsets it reports on the text itself), and splitting copies the whole file.
/// </summary>
internal sealed class LazyTextLines(string text) : IReadOnlyList<TextLine>
{
    private List<TextLine>? _lines;

    /// <summary>The first line's position (where a file-wide diagnostic points), without splitting the text; default when it has none.</summary>
    public TextPosition FirstLinePosition
    {
        get
        {
            foreach (var (start, length) in TextLines.LineSpans(text))
            {
                return new TextPosition(0, start, length, 0, length);
            }

            return default;
        }
    }

    public int Count => Lines.Count;

    public TextLine this[int index] => Lines[index];

    private List<TextLine> Lines => _lines ??= TextLines.SplitLines(text);

    public IEnumerator<TextLine> GetEnumerator() => Lines.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
