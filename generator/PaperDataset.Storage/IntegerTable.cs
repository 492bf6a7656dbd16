using System.Collections.Generic;
using System.Linq;
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
        var largest = new uint[columns];
        foreach (var row in rows)
        {
            for (var column = 0; column < columns; column++)
            {
                largest[column] = System.Math.Max(largest[column], ZigZag(row[column]));
            }
        }

        var widths = largest.Select(Width).ToArray();
        var rowWidth = widths.Sum();
        var rowsPerChunk = RowsPerChunk(rowWidth, columns);
        var chunks = new List<string>();
        var first = 0;
        do
        {
            var count = System.Math.Min(rowsPerChunk, rows.Count - first);
            var chunk = new char[columns + (count * rowWidth)];
            var at = 0;
            foreach (var width in widths)
            {
                chunk[at++] = DigitChar(width);
            }

            for (var row = first; row < first + count; row++)
            {
                for (var column = 0; column < columns; column++)
                {
                    var value = ZigZag(rows[row][column]);
                    for (var digit = 0; digit < widths[column]; digit++)
                    {
                        chunk[at++] = DigitChar((int)(value % DigitBase));
                        value /= DigitBase;
                    }
                }
            }

            chunks.Add(new string(chunk));
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
}
