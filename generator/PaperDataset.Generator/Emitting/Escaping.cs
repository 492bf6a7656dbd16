using System.Globalization;
using System.Text;

namespace PaperDataset.Generator.Emitting;

/// <summary>
/// Turns untrusted scrape text into C# source that means exactly that text. Only printable ASCII
/// is written as itself; everything else is an escape, so no quote, newline, comment marker,
/// directive or bidirectional override in the input can change what the emitted code says.
/// </summary>
internal static class Escaping
{
    /// <summary>The body of a regular C# string literal (without the quotes) for <paramref name="text"/>, one escape per UTF-16 unit.</summary>
    public static void AppendLiteralBody(StringBuilder builder, string text)
    {
        // Most text is runs of printable ASCII that need no escape (the key attribute alone is millions of characters):
        // each run goes in whole.
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= ' ' and <= '~' and not '"' and not '\\')
            {
                continue;
            }

            builder.Append(text, run, i - run);
            AppendUnit(builder, text[i]);
            run = i + 1;
        }

        builder.Append(text, run, text.Length - run);
    }

    private static void AppendUnit(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '\0':
                builder.Append("\\0");
                break;
            case '"':
                builder.Append("\\\"");
                break;
            case '\\':
                builder.Append("\\\\");
                break;
            case >= ' ' and <= '~':
                builder.Append(c);
                break;
            default:
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>A complete regular string literal for <paramref name="text"/>.</summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        AppendLiteralBody(builder, text);
        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Text for a <c>///</c> doc comment: at most <paramref name="maxLength"/> characters, XML-escaped,
    /// control characters as spaces and every non-ASCII character as a numeric reference, so the
    /// comment can neither end early nor hide a bidirectional override.
    /// </summary>
    public static string XmlDoc(string text, int maxLength)
    {
        var builder = new StringBuilder();
        var cut = text.Length > maxLength;
        var end = cut ? maxLength : text.Length;
        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case >= ' ' and <= '~':
                    builder.Append(c);
                    break;
                case < ' ' or >= '\u007F' and <= '\u009F':
                    builder.Append(' ');
                    break;
                default:
                    var codePoint = (int)c;
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        codePoint = char.ConvertToUtf32(c, text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        codePoint = 0xFFFD;
                    }

                    builder.Append("&#x").Append(codePoint.ToString("X", CultureInfo.InvariantCulture)).Append(';');
                    break;
            }
        }

        return (cut ? builder.Append("&#x2026;") : builder).ToString();
    }
}
