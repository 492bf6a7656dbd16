using System.Collections.Generic;

namespace PaperDataset.Cli.Output;

/// <summary>A column's alignment.</summary>
internal enum Align
{
    Left,
    Right,
}

/// <summary>A table column: its header and alignment.</summary>
/// <param name="Header">The column's header.</param>
/// <param name="Align">How its cells are aligned.</param>
/// <param name="UnderPrevious">
/// In a rich table, show this column's cells dimmed under the previous column's (a long id under its
/// title, so a narrow terminal does not break both into slivers); plain output keeps it a column.
/// </param>
internal sealed record OutputColumn(string Header, Align Align = Align.Left, bool UnderPrevious = false);

/// <summary>
/// Rows of cells under columns, rendered as a boxed table or as tab-separated lines.
/// A null cell is an unknown value: shown as "-" in a rich table and as an empty field in plain output.
/// </summary>
internal sealed record OutputTable(string? Title, IReadOnlyList<OutputColumn> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);

/// <summary>A labelled value; null when unknown.</summary>
internal sealed record OutputField(string Label, string? Value);
