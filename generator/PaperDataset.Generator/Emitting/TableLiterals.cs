using System.Text;
using static PaperDataset.PaperStorageLayout;

namespace PaperDataset.Generator.Emitting;

/// <summary>How the literal storage writes a table chunk (<see cref="Storage.IntegerTable"/>): a string constant or a <c>u8</c> literal.</summary>
internal static class TableLiterals
{
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
}
