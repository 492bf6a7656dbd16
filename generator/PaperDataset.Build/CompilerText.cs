using System.Buffers;
using System.IO;
using System.Text;

namespace PaperDataset.Build;

/// <summary>
/// A file's text as the C# compiler on .NET reads an additional file (Roslyn's <c>EncodedStringText</c>): the encoding its
/// byte-order mark names, else UTF-8, where a byte that is not UTF-8 becomes U+FFFD (the compiler's fallback,
/// <c>Encoding.Default</c>, is UTF-8 on .NET; the packed-feed GeneratorConsumer holds such a byte); the mark is not part
/// of the text. The generator reads the compiler's text and the task this one, and the storage fingerprint compares the two.
/// </summary>
internal static class CompilerText
{
    public static string Read(string path)
    {
        // The bytes go through a pooled buffer: a build reads hundreds of megabytes, and an array per file would be garbage
        // on the large-object heap, which the collector clears only in full collections of everything read so far.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var length = checked((int)file.Length);
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = 0;
            while (read < length && file.Read(bytes, read, length - read) is var count and > 0)
            {
                read += count;
            }

            return Decode(bytes, read);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static string Decode(byte[] bytes, int length)
    {
        if (StartsWith(bytes, length, 0xEF, 0xBB, 0xBF))
        {
            return Encoding.UTF8.GetString(bytes, 3, length - 3);
        }

        if (StartsWith(bytes, length, 0xFF, 0xFE))
        {
            return Encoding.Unicode.GetString(bytes, 2, length - 2);
        }

        if (StartsWith(bytes, length, 0xFE, 0xFF))
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, length - 2);
        }

        return Encoding.UTF8.GetString(bytes, 0, length);
    }

    private static bool StartsWith(byte[] bytes, int length, params byte[] mark)
    {
        if (length < mark.Length)
        {
            return false;
        }

        for (var i = 0; i < mark.Length; i++)
        {
            if (bytes[i] != mark[i])
            {
                return false;
            }
        }

        return true;
    }
}
