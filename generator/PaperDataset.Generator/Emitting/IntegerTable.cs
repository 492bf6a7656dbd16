using System.Collections.Generic;
using System.Linq;
using System.Text;
using static PaperDataset.PaperStorageLayout;

namespace PaperDataset.Generator.Emitting;

/// <summary>
/// Writes a table of ints as <see cref="PaperStorageLayout"/> lays it out: chunks of whole rows of digits, each the body
/// of a u8 literal or, through <see cref="StringConstantBytes"/>, a string constant.
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

    /// <summary>
    /// How many bytes of table chunks are written as string constants before the rest go to <c>u8</c> literals. Roslyn
    /// emits a <c>u8</c> literal like an array initializer, one node a byte (a million ints: 9.6 s and 888 MB, against
    /// 85 ms and 24 MB as a string constant), but string constants share the 16.8 MB user-string heap with the rest of
    /// the assembly (CS8103 when it is full): half of it is left to the consumer's own strings.
    /// </summary>
    public const int StringConstantBudget = 8 << 20;

    // Written by hand, not with ToString("X4"): a 100k-paper catalogue has millions of units, and a string each adds up.
    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>
    /// An expression giving <paramref name="chunk"/>'s bytes from a string constant: two digits a UTF-16 unit, low byte
    /// first, read back through <c>MemoryMarshal.AsBytes</c> (so on a little-endian machine, as every .NET platform in
    /// common use is). Two printable ASCII bytes make a unit from U+2020 to U+7E7E, never a surrogate; each is written as
    /// a <c>\uXXXX</c> escape, so the source stays ASCII.
    /// </summary>
    public static string StringConstantBytes(string chunk)
    {
        var literal = new StringBuilder((chunk.Length * 3) + 2).Append('"');
        for (var i = 0; i < chunk.Length; i += 2)
        {
            var unit = ((i + 1 < chunk.Length ? chunk[i + 1] : DigitChar(0)) << 8) | chunk[i];
            literal.Append('\\').Append('u').Append(HexDigits[unit >> 12]).Append(HexDigits[(unit >> 8) & 0xF]).Append(HexDigits[(unit >> 4) & 0xF]).Append(HexDigits[unit & 0xF]);
        }

        var length = chunk.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"global::System.Runtime.InteropServices.MemoryMarshal.AsBytes(global::System.MemoryExtensions.AsSpan({literal.Append('"')})).Slice(0, {length})";
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
