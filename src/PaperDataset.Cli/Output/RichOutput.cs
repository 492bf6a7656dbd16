using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PaperDataset.Cli.Output;

/// <summary>
/// Terminal output drawn with Spectre.Console: rules, grids, rounded tables, panels and a bar chart; tables of papers
/// are listings, a row a line with its id whole on the line below, since ids are often wider than a terminal.
/// </summary>
internal sealed class RichOutput : IOutput
{
    private const string Unknown = "-";
    private const int MaxBarWidth = 60;
    private const int ColumnGap = 2;
    private const int MinTruncatedWidth = 16;
    private const string OwnLineIndent = "  ";

    /// <summary>How many items of a list field a terminal shows before "and N more" (a paper can have 500 authors).</summary>
    public const int MaxListedItems = 10;

    private static readonly Style Bold = new(decoration: Decoration.Bold);
    private readonly IAnsiConsole _console;
    private readonly TextWriter _output;

    /// <summary>The widest field label written so far: every block of fields lines up with the ones above it.</summary>
    private int _labelWidth;

    public RichOutput(TextWriter output)
    {
        _output = output;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
    }

    public void Heading(string title)
    {
        _console.WriteLine();
        _console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]") { Justification = Justify.Left });
    }

    public void Fields(IReadOnlyList<OutputField> fields)
    {
        _labelWidth = fields.Select(f => f.Label.GetCellWidth()).Append(_labelWidth).Max();
        var labelWidth = _labelWidth;
        Grid NewGrid() => new Grid().AddColumn(new GridColumn { Width = labelWidth }.NoWrap().PadRight(ColumnGap)).AddColumn();
        var grid = NewGrid();
        foreach (var field in fields)
        {
            if (field.KeepWhole && field.Value is { } whole)
            {
                if (grid.Rows.Count > 0)
                {
                    _console.Write(grid);
                    grid = NewGrid();
                }

                // The value straight to the writer, as in Listing: an id or a link must not be broken at the terminal's width.
                _console.Write(new Text(field.Label + new string(' ', labelWidth - field.Label.GetCellWidth() + ColumnGap), Bold));
                _output.Write(whole + "\n");
            }
            else
            {
                grid.AddRow(new Text(field.Label, Bold), new Text(Shown(field) ?? Unknown));
            }
        }

        if (grid.Rows.Count > 0)
        {
            _console.Write(grid);
        }
    }

    public void Table(OutputTable table)
    {
        if (table.Columns.Any(c => c.IsOwnLine))
        {
            Listing(table);
            return;
        }

        var rendered = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        if (table.Title is not null)
        {
            rendered.Title($"[bold]{Markup.Escape(table.Title)}[/]");
        }

        foreach (var column in table.Columns)
        {
            var tableColumn = new TableColumn(new Text(column.Header, Bold));
            rendered.AddColumn(column.Align == Align.Right ? tableColumn.RightAligned() : tableColumn);
        }

        foreach (var row in table.Rows)
        {
            rendered.AddRow(row.Select(cell => (IRenderable)new Text(cell ?? Unknown)).ToList());
        }

        _console.Write(rendered);
    }

    public void BarChart(string title, string labelHeader, string valueHeader, IReadOnlyList<KeyValuePair<string, int>> bars)
    {
        Heading(title);
        var labelWidth = bars.Select(b => b.Key.GetCellWidth()).DefaultIfEmpty(0).Max();
        var valueWidth = bars.Select(b => b.Value.ToString(CultureInfo.InvariantCulture).Length).DefaultIfEmpty(0).Max();
        var barWidth = Math.Clamp(_console.Profile.Width - labelWidth - valueWidth - 2, 1, MaxBarWidth);
        var max = bars.Select(b => b.Value).DefaultIfEmpty(0).Max();
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn(new GridColumn().NoWrap()).AddColumn(new GridColumn().NoWrap().RightAligned());
        foreach (var bar in bars)
        {
            grid.AddRow(
                new Text(bar.Key),
                new Text(new string('█', Bars.Length(bar.Value, max, barWidth)), new Style(Color.SteelBlue1)),
                new Text(bar.Value.ToString(CultureInfo.InvariantCulture)));
        }

        _console.Write(grid);
    }

    public void Paragraph(string title, string text)
    {
        _console.Write(new Panel(new Text(text))
        {
            Header = new PanelHeader($"[bold]{Markup.Escape(title)}[/]"),
            Border = BoxBorder.Rounded,
            Expand = true,
        });
    }

    public void Note(string text) => _console.MarkupLine($"[grey]{Markup.Escape(text)}[/]");

    /// <summary>
    /// A table whose rows carry lines of their own (ids, snippets): a header, then per row its cells on one line (the
    /// truncated column cut to what the terminal has left) and each own-line value below it, rows apart by a blank line.
    /// </summary>
    private void Listing(OutputTable table)
    {
        if (table.Title is not null)
        {
            _console.Write(new Text(table.Title + "\n", Bold));
        }

        var cells = Enumerable.Range(0, table.Columns.Count).Where(i => !table.Columns[i].IsOwnLine).ToList();
        var widths = cells.ToDictionary(
            i => i,
            i => table.Rows.Select(r => (r[i] ?? Unknown).GetCellWidth()).Append(table.Columns[i].Header.GetCellWidth()).Max());
        var truncated = cells.Where(i => table.Columns[i].Layout == ColumnLayout.Truncated).ToList();
        var fixedWidth = cells.Except(truncated).Sum(i => widths[i]) + (ColumnGap * (cells.Count - 1));
        foreach (var i in truncated)
        {
            widths[i] = Math.Min(widths[i], Math.Max(MinTruncatedWidth, (_console.Profile.Width - fixedWidth) / truncated.Count));
        }

        string Line(Func<int, string> cell) => string.Join(
            new string(' ', ColumnGap),
            cells.Select(i => Pad(TextWidth.Truncate(cell(i), widths[i]), widths[i], table.Columns[i].Align))).TrimEnd();

        _console.Write(new Text(Line(i => table.Columns[i].Header) + "\n", Bold));
        foreach (var row in table.Rows)
        {
            _console.WriteLine();
            _console.Write(new Text(Line(i => row[i] ?? Unknown) + "\n"));
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (table.Columns[i].Layout == ColumnLayout.WholeLine && row[i] is { } whole)
                {
                    // Straight to the writer: Spectre would break a line wider than the terminal, and an id must not break.
                    _output.Write(OwnLineIndent + whole + "\n");
                }
                else if (table.Columns[i].Layout == ColumnLayout.WrappedLine && !string.IsNullOrEmpty(row[i]))
                {
                    _console.Write(new Padder(new Text(row[i]!, new Style(Color.Grey)), new Padding(OwnLineIndent.Length, 0, 0, 0)) { Expand = false });
                }
            }
        }
    }

    /// <summary>A field's value as a terminal shows it: a long list cut to its first items and how many more there are.</summary>
    private static string? Shown(OutputField field) =>
        field.Items.Count > MaxListedItems
            ? string.Join(", ", field.Items.Take(MaxListedItems)) + $" and {(field.Items.Count - MaxListedItems).ToString(CultureInfo.InvariantCulture)} more (--plain lists them all)"
            : field.Value;

    private static string Pad(string text, int width, Align align)
    {
        var padding = new string(' ', Math.Max(0, width - text.GetCellWidth()));
        return align == Align.Right ? padding + text : text + padding;
    }
}
