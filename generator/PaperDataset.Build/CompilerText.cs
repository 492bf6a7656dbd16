using System.IO;
using System.Text;

namespace PaperDataset.Build;

/// <summary>
/// A file's text as the C# compiler reads an additional file (Roslyn's <c>EncodedStringText</c>): the encoding its
/// byte-order mark names, else UTF-8 if the bytes are valid UTF-8, else Windows-1252; the mark is not part of the text.
/// The generator reads the compiler's text and the task this one, and the storage fingerprint compares the two.
/// </summary>
internal static class CompilerText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252().GetString(bytes);
        }
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

    private static Encoding Windows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
