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
        var bytes = File.ReadAllBytes(path);
        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF))
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (StartsWith(bytes, 0xFF, 0xFE))
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (StartsWith(bytes, 0xFE, 0xFF))
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static bool StartsWith(byte[] bytes, params byte[] mark)
    {
        if (bytes.Length < mark.Length)
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
