namespace PaperDataset.Sources.Reading.HubJson;

/// <summary>
/// Text as the Hub's JSON holds it and as the page shows it: a JSON string's content with its escapes decoded, then every
/// run of white space collapsed to one space and the ends trimmed (the API keeps arXiv's line breaks in titles and
/// abstracts).
/// </summary>
internal static class PaperJsonText
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

        var builder = new global::System.Text.StringBuilder(length);
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
                && int.TryParse(text.Substring(i + 2, 4), global::System.Globalization.NumberStyles.AllowHexSpecifier, global::System.Globalization.CultureInfo.InvariantCulture, out var unit))
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

        var builder = new global::System.Text.StringBuilder(value.Length);
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
