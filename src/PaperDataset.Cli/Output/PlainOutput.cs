using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PaperDataset.Cli.Output;

/// <summary>
/// Pipe-friendly output: one record per line, fields separated by tabs (tabs and line breaks inside values
/// become spaces), a header row on each table, sections separated by a blank line and introduced by a
/// <c># title</c> line. Notes go to standard error, so standard output holds only data.
/// </summary>
internal sealed class PlainOutput(TextWriter output, TextWriter notes) : IOutput
{
    private bool _started;

    public void Heading(string title)
    {
        Separate();
        output.WriteLine("# " + Clean(title));
    }

    public void Fields(IReadOnlyList<OutputField> fields)
    {
        _started = true;
        foreach (var field in fields)
        {
            WriteRow([field.Label, field.Value]);
        }
    }

    public void Table(OutputTable table)
    {
        if (table.Title is not null)
        {
            Heading(table.Title);
        }

        _started = true;
        WriteRow(table.Columns.Select(c => (string?)c.Header).ToList());
        foreach (var row in table.Rows)
        {
            WriteRow(row);
        }
    }

    public void BarChart(string title, string labelHeader, string valueHeader, IReadOnlyList<KeyValuePair<string, int>> bars)
    {
        Heading(title);
        WriteRow([labelHeader, valueHeader]);
        foreach (var bar in bars)
        {
            WriteRow([bar.Key, bar.Value.ToString(CultureInfo.InvariantCulture)]);
        }
    }

    public void Paragraph(string title, string text)
    {
        _started = true;
        WriteRow([title, text]);
    }

    public void Note(string text) => notes.WriteLine(text);

    /// <summary>A value as one tab-free, single-line field.</summary>
    public static string Clean(string? value) =>
        value is null ? string.Empty : value.Replace("\r\n", " ").Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

    private void Separate()
    {
        if (_started)
        {
            output.WriteLine();
        }

        _started = true;
    }

    private void WriteRow(IReadOnlyList<string?> cells) => output.WriteLine(string.Join('\t', cells.Select(Clean)));
}
