using System.Collections.Generic;

namespace PaperDataset.Cli.Output;

/// <summary>A column's alignment.</summary>
internal enum Align
{
    Left,
    Right,
}

/// <summary>How a rich table lays out a column; plain output keeps every column a tab-separated field.</summary>
internal enum ColumnLayout
{
    /// <summary>A cell in the row, as wide as it needs (wrapped only when the terminal is too narrow).</summary>
    Cell,

    /// <summary>A cell in the row, cut to fit on one line with "…" so the row stays one line (titles).</summary>
    Truncated,

    /// <summary>
    /// A line of its own under the row, never broken by the table (ids): copying it gets the whole id at any
    /// terminal width; one wider than the terminal is wrapped by the terminal, which copies as one line.
    /// </summary>
    WholeLine,

    /// <summary>A line of its own under the row, wrapped to the terminal's width (snippets).</summary>
    WrappedLine,
}

/// <summary>A table column: its header, alignment and rich layout.</summary>
/// <param name="Header">The column's header.</param>
/// <param name="Align">How its cells are aligned.</param>
/// <param name="Layout">Where a rich table puts its cells.</param>
internal sealed record OutputColumn(string Header, Align Align = Align.Left, ColumnLayout Layout = ColumnLayout.Cell)
{
    public bool IsOwnLine => Layout is ColumnLayout.WholeLine or ColumnLayout.WrappedLine;
}

/// <summary>
/// Rows of cells under columns, rendered as a boxed table or as tab-separated lines.
/// A null cell is an unknown value: shown as "-" in a rich table and as an empty field in plain output.
/// </summary>
internal sealed record OutputTable(string? Title, IReadOnlyList<OutputColumn> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);

/// <summary>A labelled value; null when unknown.</summary>
/// <param name="Label">What the value is.</param>
/// <param name="Value">The value.</param>
/// <param name="KeepWhole">Never break the value across lines, even wider than the terminal (ids, links: they are copied).</param>
internal sealed record OutputField(string Label, string? Value, bool KeepWhole = false)
{
    /// <summary>The items when the value is a list: a terminal shows the first few of a long one, plain output all of them (<see cref="Value"/>).</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>A list as a field: its items joined by commas; unknown when there are none.</summary>
    public static OutputField List(string label, IReadOnlyList<string> items) =>
        new(label, items.Count == 0 ? null : string.Join(", ", items)) { Items = items };
}
