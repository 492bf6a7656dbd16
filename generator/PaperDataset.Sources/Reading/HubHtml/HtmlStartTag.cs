using System;
using System.Collections.Generic;

namespace PaperDataset.Sources.Reading.HubHtml;

/// <summary>An attribute of a start tag: its raw value (entities not decoded) and where that value starts in the text.</summary>
internal readonly record struct HtmlAttribute(string RawValue, int ValueStart);

/// <summary>
/// Reads the attributes of one HTML start tag by the tokeniser's rules that matter for a server-rendered page: names end at
/// white space, '=', '/' or '&gt;'; values are double-quoted, single-quoted (and may then hold '&gt;') or unquoted.
/// </summary>
internal static class HtmlStartTag
{
    /// <summary>The attributes of the tag that opens at <paramref name="lessThan"/> (a '&lt;'); names in lower case, first one wins.</summary>
    public static Dictionary<string, HtmlAttribute> Attributes(string text, int lessThan)
    {
        var attributes = new Dictionary<string, HtmlAttribute>(StringComparer.Ordinal);
        var i = lessThan + 1;
        while (i < text.Length && !IsSpace(text[i]) && text[i] != '>' && text[i] != '/')
        {
            i++; // the tag name
        }

        while (i < text.Length)
        {
            while (i < text.Length && (IsSpace(text[i]) || text[i] == '/'))
            {
                i++;
            }

            if (i >= text.Length || text[i] == '>')
            {
                break;
            }

            var nameStart = i;
            while (i < text.Length && !IsSpace(text[i]) && text[i] != '=' && text[i] != '>' && text[i] != '/')
            {
                i++;
            }

            var name = text.Substring(nameStart, i - nameStart).ToLowerInvariant();
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            var value = new HtmlAttribute(string.Empty, i);
            if (i < text.Length && text[i] == '=')
            {
                i++;
                while (i < text.Length && IsSpace(text[i]))
                {
                    i++;
                }

                value = ReadValue(text, ref i);
            }

            if (!attributes.ContainsKey(name))
            {
                attributes[name] = value;
            }
        }

        return attributes;
    }

    private static HtmlAttribute ReadValue(string text, ref int i)
    {
        if (i < text.Length && text[i] is '"' or '\'')
        {
            var quote = text[i];
            var end = text.IndexOf(quote, i + 1);
            end = end < 0 ? text.Length : end;
            var quoted = new HtmlAttribute(text.Substring(i + 1, end - i - 1), i + 1);
            i = Math.Min(end + 1, text.Length);
            return quoted;
        }

        var start = i;
        while (i < text.Length && !IsSpace(text[i]) && text[i] != '>')
        {
            i++;
        }

        return new HtmlAttribute(text.Substring(start, i - start), start);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
