using PaperDataset.Generator.Model;

namespace PaperDataset.Generator.Parsing;

/// <summary>One line of a scrape: its 0-based index, where it starts in the text, and its content without the line break.</summary>
internal readonly record struct ScrapeLine(int Index, int Start, string Raw)
{
    /// <summary>The content without surrounding white space: what every rule of the format looks at.</summary>
    public string Text => Raw.Trim();

    public bool IsBlank => Text.Length == 0;

    public TextPosition Position => new(Index, Start, Raw.Length, 0, Raw.Length);

    /// <summary>The line as a diagnostic quotes it: trimmed, and cut short so a huge line cannot flood the build log.</summary>
    public string Quoted => Text.Length <= 120 ? Text : Text.Substring(0, 120) + "…";
}
