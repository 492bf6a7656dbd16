using System.Globalization;
using System.Text;

namespace PaperDataset.Sources.Reading.HubJson;

/// <summary>The two string rules of the Hub's JSON: JSON escapes, and white space collapsed (the API keeps arXiv's line breaks).</summary>
internal static class JsonText
{
    /// <summary>
    /// Decodes the JSON escapes of a string token's content (<paramref name="length"/> characters of <paramref name="text"/>
    /// from <paramref name="start"/>): <c>\" \\ \/ \b \f \n \r \t</c>, and <c>\uXXXX</c> as one UTF-16 unit, so an escaped
    /// lone surrogate stays a lone surrogate. Anything else (which a validated token never holds) is kept as written.
    /// </summary>
    public static string Unescape(string text, int start, int length)
    {
        var end = start + length;
        var backslash = text.IndexOf('\\', start, length);
        if (backslash < 0)
        {
            return text.Substring(start, length);
        }

        var builder = new StringBuilder(length);
        builder.Append(text, start, backslash - start);
        for (var i = backslash; i < end; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= end)
            {
                builder.Append(c);
                continue;
            }

            var escape = text[i + 1];
            var decoded = escape switch
            {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => (char?)null,
            };
            if (decoded is { } simple)
            {
                builder.Append(simple);
                i++;
            }
            else if (escape == 'u' && i + 6 <= end
                && int.TryParse(text.Substring(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
            {
                builder.Append((char)unit);
                i += 5;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Every run of white space (<see cref="char.IsWhiteSpace(char)"/>) becomes one space; none is left at either end.</summary>
    public static string CollapseWhiteSpace(string value)
    {
        if (!NeedsCollapsing(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool NeedsCollapsing(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsWhiteSpace(value[i]) && (value[i] != ' ' || i == 0 || i == value.Length - 1 || value[i + 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }
}
