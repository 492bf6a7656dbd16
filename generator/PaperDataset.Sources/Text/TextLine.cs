using PaperDataset.Sources.Model;

namespace PaperDataset.Sources.Text;

/// <summary>One line of a text file: its 0-based index, where it starts in the text, and its content without the line break.</summary>
internal readonly record struct TextLine(int Index, int Start, string Raw)
{
    /// <summary>The content without surrounding white space: what every rule of the format looks at.</summary>
    public string Text => Raw.Trim();

    public bool IsBlank => Text.Length == 0;

    public TextPosition Position => new(Index, Start, Raw.Length, 0, Raw.Length);

    /// <summary>
    /// From the start of this line to the end of <paramref name="last"/>: one diagnostic can name a run of lines (its
    /// line and columns in the editor are this line's).
    /// </summary>
    public TextPosition Through(TextLine last) => new(Index, Start, last.Start + last.Raw.Length - Start, 0, Raw.Length);

    /// <summary>The line as a diagnostic quotes it: trimmed, and cut short so a huge line cannot flood the build log.</summary>
    public string Quoted => Text.Length <= 120 ? Text : Text.Substring(0, 120) + "…";
}
