using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PaperDataset.Storage;

/// <summary>
/// Writes a <see cref="StorageImage"/> as the manifest resource <c>PaperStorageResource</c> reads: a header, then every
/// table chunk, then every text chunk, with nothing between them.
/// </summary>
/// <remarks>
/// The header, in little-endian 32-bit integers but for the 64-bit fingerprint: the magic <c>PDSC</c> (ASCII), the
/// <see cref="PaperStorageLayout.ResourceFormatVersion"/>, the <see cref="StorageFingerprint"/>, the paper count, the number of tables, then for
/// each table its number of chunks followed by each chunk's length, then the number of text chunks followed by each
/// one's length.
/// </remarks>
internal static class StorageResourceFormat
{
    private static readonly byte[] Magic = [(byte)'P', (byte)'D', (byte)'S', (byte)'C'];

    public static void Write(Stream output, StorageImage image, ulong fingerprint)
    {
        output.Write(Magic, 0, Magic.Length);
        WriteInt32(output, PaperStorageLayout.ResourceFormatVersion);
        WriteInt32(output, unchecked((int)fingerprint));
        WriteInt32(output, unchecked((int)(fingerprint >> 32)));
        WriteInt32(output, image.PaperCount);
        WriteInt32(output, image.Tables.Count);
        foreach (var table in image.Tables)
        {
            WriteLengths(output, table.Select(chunk => chunk.Length).ToList());
        }

        WriteLengths(output, image.Text.Select(chunk => chunk.Count).ToList());
        foreach (var chunk in image.Tables.SelectMany(table => table))
        {
            // Digits are printable ASCII, one byte a character.
            var bytes = new byte[chunk.Length];
            for (var i = 0; i < chunk.Length; i++)
            {
                bytes[i] = (byte)chunk[i];
            }

            output.Write(bytes, 0, bytes.Length);
        }

        foreach (var chunk in image.Text)
        {
            output.Write(chunk.Array!, chunk.Offset, chunk.Count);
        }
    }

    private static void WriteLengths(Stream output, IReadOnlyList<int> lengths)
    {
        WriteInt32(output, lengths.Count);
        foreach (var length in lengths)
        {
            WriteInt32(output, length);
        }
    }

    private static void WriteInt32(Stream output, int value)
    {
        output.WriteByte((byte)value);
        output.WriteByte((byte)(value >> 8));
        output.WriteByte((byte)(value >> 16));
        output.WriteByte((byte)(value >> 24));
    }
}
