using System.Collections.Generic;

namespace PaperDataset.Cli.Output;

/// <summary>
/// What the commands print, independent of how: <see cref="RichOutput"/> draws Spectre.Console tables,
/// panels and charts for a terminal; <see cref="PlainOutput"/> writes tab-separated lines with no colour
/// or box drawing, for pipes and files.
/// </summary>
internal interface IOutput
{
    /// <summary>Starts a section.</summary>
    void Heading(string title);

    /// <summary>Label and value pairs.</summary>
    void Fields(IReadOnlyList<OutputField> fields);

    void Table(OutputTable table);

    /// <summary>A horizontal bar chart of counts.</summary>
    void BarChart(string title, string labelHeader, string valueHeader, IReadOnlyList<KeyValuePair<string, int>> bars);

    /// <summary>Long text, wrapped to the terminal width when there is one.</summary>
    void Paragraph(string title, string text);

    /// <summary>A remark for the reader (how many results were left out, what to try next); never data.</summary>
    void Note(string text);
}
