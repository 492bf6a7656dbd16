using System.Collections.Generic;
using System.Linq;
using System.Text;
using static PaperDataset.PaperStorageLayout;

namespace PaperDataset.Storage;

/// <summary>
/// Writes a table of ints as <see cref="PaperStorageLayout"/> lays it out: chunks of whole rows of digits, printable ASCII
/// that a u8 literal or a string constant can hold as it is.
/// </summary>
internal static class IntegerTable
{
    /// <summary>
    /// The chunks of a table of <paramref name="columns"/> columns. Each column's cells take the digits of its largest
    /// value; an empty table is one chunk holding the widths alone, so every table has a first chunk to read them from.
    /// </summary>
    public static IReadOnlyList<string> Chunks(IReadOnlyList<int[]> rows, int columns)
    {
        var widths = Enumerable.Range(0, columns).Select(column => Width(rows.Select(row => ZigZag(row[column])).DefaultIfEmpty(0u).Max())).ToArray();
        var header = new string(widths.Select(DigitChar).ToArray());
        var rowWidth = widths.Sum();
        var rowsPerChunk = RowsPerChunk(rowWidth, columns);
        var chunks = new List<string>();
        var first = 0;
        do
        {
            var count = System.Math.Min(rowsPerChunk, rows.Count - first);
            var chunk = new StringBuilder(columns + (count * rowWidth)).Append(header);
            for (var row = first; row < first + count; row++)
            {
                for (var column = 0; column < columns; column++)
                {
                    AppendCell(chunk, ZigZag(rows[row][column]), widths[column]);
                }
            }

            chunks.Add(chunk.ToString());
            first += count;
        }
        while (first < rows.Count);

        return chunks;
    }

    /// <summary>The digits <paramref name="largest"/> needs, at least one.</summary>
    private static int Width(uint largest)
    {
        var width = 1;
        for (var limit = (ulong)DigitBase; largest >= limit; limit *= DigitBase)
        {
            width++;
        }

        return width;
    }

    private static void AppendCell(StringBuilder chunk, uint value, int width)
    {
        for (var digit = 0; digit < width; digit++)
        {
            chunk.Append(DigitChar((int)(value % DigitBase)));
            value /= DigitBase;
        }
    }
}
