using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PaperDataset.Cli.Output;

/// <summary>Terminal output drawn with Spectre.Console: rules, grids, rounded tables, panels and a bar chart.</summary>
internal sealed class RichOutput : IOutput
{
    private const string Unknown = "-";
    private readonly IAnsiConsole _console;

    public RichOutput(TextWriter output)
    {
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
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        foreach (var field in fields)
        {
            grid.AddRow(new Text(field.Label, new Style(decoration: Decoration.Bold)), new Text(field.Value ?? Unknown));
        }

        _console.Write(grid);
    }

    public void Table(OutputTable table)
    {
        var rendered = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        if (table.Title is not null)
        {
            rendered.Title($"[bold]{Markup.Escape(table.Title)}[/]");
        }

        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            if (column.UnderPrevious)
            {
                continue;
            }

            var header = i + 1 < table.Columns.Count && table.Columns[i + 1].UnderPrevious
                ? column.Header + " / " + table.Columns[i + 1].Header.ToLowerInvariant()
                : column.Header;
            var tableColumn = new TableColumn(new Text(header, new Style(decoration: Decoration.Bold)));
            rendered.AddColumn(column.Align == Align.Right ? tableColumn.RightAligned() : tableColumn);
        }

        foreach (var row in table.Rows)
        {
            var cells = new List<IRenderable>();
            for (var i = 0; i < row.Count; i++)
            {
                var text = new Text(row[i] ?? Unknown);
                if (i < table.Columns.Count && table.Columns[i].UnderPrevious && cells.Count > 0)
                {
                    var under = new Text(row[i] ?? Unknown, new Style(Color.Grey));
                    cells[^1] = new Rows(cells[^1], under);
                }
                else
                {
                    cells.Add(text);
                }
            }

            rendered.AddRow(cells);
        }

        _console.Write(rendered);
    }

    public void BarChart(string title, string labelHeader, string valueHeader, IReadOnlyList<KeyValuePair<string, int>> bars)
    {
        Heading(title);
        var chart = new BarChart { Width = Math.Min(72, _console.Profile.Width) };
        foreach (var bar in bars)
        {
            chart.AddItem(Markup.Escape(bar.Key), bar.Value, Color.SteelBlue1);
        }

        _console.Write(chart);
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
}
