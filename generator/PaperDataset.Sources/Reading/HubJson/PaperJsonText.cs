using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
        if (text.IndexOf('\\', start, length) < 0)
        {
            return text.Substring(start, length);
        }

        var buffer = ArrayPool<char>.Shared.Rent(length);
        try
        {
            return new string(buffer, 0, Unescape(text.AsSpan(start, length), buffer));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>How long <see cref="Unescape(string, int, int)"/>'s string is, without making it.</summary>
    public static int UnescapedLength(string text, int start, int length)
    {
        var content = text.AsSpan(start, length);
        var count = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == '\\' && i + 1 < content.Length)
            {
                i += DecodeEscape(content.Slice(i), out _);
            }

            count++;
        }

        return count;
    }

    /// <summary>
    /// <see cref="Unescape(string, int, int)"/> with every run of white space (<see cref="char.IsWhiteSpace(char)"/>) collapsed
    /// into one space and none left at either end, in one pass that makes only the final string. Prose is mostly runs of
    /// printable ASCII with single spaces, which are copied whole (<see cref="PlainRun"/>); only the characters between
    /// them are looked at one by one. A space is written for the first white space of a run, so the last character
    /// written is a space exactly when the text so far ends in white space.
    /// </summary>
    public static string UnescapeCollapsed(string text, int start, int length)
    {
        var content = text.AsSpan(start, length);
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var destination = buffer.AsSpan(0, length);
            var written = 0;
            for (var i = 0; i < content.Length;)
            {
                var run = content.Slice(i, PlainRun(content.Slice(i)));
                if (run.Length > 0)
                {
                    // Its spaces are single and between other characters, but the first may follow white space.
                    var copied = run[0] == ' ' && (written == 0 || destination[written - 1] == ' ') ? run.Slice(1) : run;
                    copied.CopyTo(destination.Slice(written));
                    written += copied.Length;
                    i += run.Length;
                    continue;
                }

                var c = content[i];
                if (c == '\\' && i + 1 < content.Length)
                {
                    i += DecodeEscape(content.Slice(i), out c);
                }

                i++;
                if (!char.IsWhiteSpace(c))
                {
                    destination[written++] = c;
                }
                else if (written > 0 && destination[written - 1] != ' ')
                {
                    destination[written++] = ' ';
                }
            }

            if (written > 0 && destination[written - 1] == ' ')
            {
                written--;
            }

            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// How many characters from the start of <paramref name="content"/> are printable ASCII or a space, with no backslash and
    /// no space followed by another: text that collapsing and unescaping leave as it is. Compared a vector at a time.
    /// </summary>
    // Optimised from its first call (MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not name):
    // unoptimised, each vector operation is a call, and a build runs this code only once.
    [MethodImpl((MethodImplOptions)512)]
    private static int PlainRun(ReadOnlySpan<char> content)
    {
        var units = MemoryMarshal.Cast<char, ushort>(content);
        var width = Vector<ushort>.Count;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var space = new Vector<ushort>(' ');
            var backslash = new Vector<ushort>('\\');
            var lastPrintable = new Vector<ushort>('~');
            for (; i + width < units.Length; i += width)
            {
                var here = MemoryMarshal.Read<Vector<ushort>>(MemoryMarshal.AsBytes(units.Slice(i, width)));
                var next = MemoryMarshal.Read<Vector<ushort>>(MemoryMarshal.AsBytes(units.Slice(i + 1, width)));
                var outside = Vector.LessThan(here, space) | Vector.GreaterThan(here, lastPrintable) | Vector.Equals(here, backslash)
                    | (Vector.Equals(here, space) & Vector.Equals(next, space));
                if (!Vector.EqualsAll(outside, Vector<ushort>.Zero))
                {
                    break;
                }
            }
        }

        while (i < content.Length && IsPlain(content, i))
        {
            i++;
        }

        return i;
    }

    private static bool IsPlain(ReadOnlySpan<char> content, int i) =>
        content[i] is >= ' ' and <= '~' and not '\\' && !(content[i] == ' ' && i + 1 < content.Length && content[i + 1] == ' ');

    /// <summary>Decodes <paramref name="content"/> into <paramref name="destination"/> (at least as long); returns the length written.</summary>
    private static int Unescape(ReadOnlySpan<char> content, Span<char> destination)
    {
        var written = 0;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '\\' && i + 1 < content.Length)
            {
                i += DecodeEscape(content.Slice(i), out c);
            }

            destination[written++] = c;
        }

        return written;
    }

    /// <summary>
    /// The character the escape at the start of <paramref name="escape"/> (a backslash and at least one more character)
    /// stands for, and how many characters past the backslash it takes; an unknown escape is the backslash itself.
    /// </summary>
    private static int DecodeEscape(ReadOnlySpan<char> escape, out char decoded)
    {
        switch (escape[1])
        {
            case '"' or '\\' or '/':
                decoded = escape[1];
                return 1;
            case 'b':
                decoded = '\b';
                return 1;
            case 'f':
                decoded = '\f';
                return 1;
            case 'n':
                decoded = '\n';
                return 1;
            case 'r':
                decoded = '\r';
                return 1;
            case 't':
                decoded = '\t';
                return 1;
            case 'u' when escape.Length >= 6 && HexUnit(escape.Slice(2, 4)) is { } unit:
                decoded = unit;
                return 5;
            default:
                decoded = '\\';
                return 0;
        }
    }

    /// <summary>Four hexadecimal digits (either case) as one UTF-16 unit; null when they are not.</summary>
    private static char? HexUnit(ReadOnlySpan<char> digits)
    {
        var unit = 0;
        foreach (var digit in digits)
        {
            var value = digit switch
            {
                >= '0' and <= '9' => digit - '0',
                >= 'a' and <= 'f' => digit - 'a' + 10,
                >= 'A' and <= 'F' => digit - 'A' + 10,
                _ => -1,
            };
            if (value < 0)
            {
                return null;
            }

            unit = (unit << 4) | value;
        }

        return (char)unit;
    }
}
