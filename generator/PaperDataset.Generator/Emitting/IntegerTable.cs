using System.Collections.Generic;
using System.Linq;
using System.Text;
using static PaperDataset.PaperStorageLayout;

namespace PaperDataset.Generator.Emitting;

/// <summary>Writes a table of ints as <see cref="PaperStorageLayout"/> lays it out: chunks of whole rows, each the body of a u8 literal.</summary>
internal static class IntegerTable
{
    /// <summary>
    /// The chunks of a table of <paramref name="columns"/> columns. Every cell takes the digits of the table's largest
    /// value; an empty table is one chunk holding the width alone, so every table has a first chunk to read it from.
    /// </summary>
    public static IReadOnlyList<string> Chunks(IReadOnlyList<int[]> rows, int columns)
    {
        var width = Width(rows);
        var rowsPerChunk = RowsPerChunk(width, columns);
        var chunks = new List<string>();
        var first = 0;
        do
        {
            var count = System.Math.Min(rowsPerChunk, rows.Count - first);
            var chunk = new StringBuilder(1 + (count * columns * width)).Append(DigitChar(width));
            for (var row = first; row < first + count; row++)
            {
                foreach (var value in rows[row])
                {
                    AppendCell(chunk, ZigZag(value), width);
                }
            }

            chunks.Add(chunk.ToString());
            first += count;
        }
        while (first < rows.Count);

        return chunks;
    }

    private static int Width(IReadOnlyList<int[]> rows)
    {
        var largest = rows.SelectMany(row => row).Select(ZigZag).DefaultIfEmpty(0u).Max();
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
