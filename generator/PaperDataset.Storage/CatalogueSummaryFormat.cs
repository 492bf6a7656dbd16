using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using PaperDataset.Sources.Model;

namespace PaperDataset.Storage;

/// <summary>
/// The catalogue summary as text, which the build task writes to a file (UTF-8) and the generator reads as an
/// AdditionalFile, so as the compiler decodes it. Each field is its length in decimal, a colon and the text, as in the key
/// format; a null field is <c>~</c>. A string's backslashes, NULs and lone surrogates are written as escapes
/// (<c>\\</c>, <c>\uXXXX</c>), so every string survives UTF-8 exactly. A text that is not a whole summary of this
/// version reads as none: the generator then reads the sources itself.
/// </summary>
internal static class CatalogueSummaryFormat
{
    private const string Magic = "PaperDataset.CatalogueSummary";

    /// <summary>Changes with the format or with what the generator makes of a summary.</summary>
    private const int Version = 1;

    public static void Write(CatalogueSummary summary, TextWriter output)
    {
        var writer = new Writer(output);
        writer.Field(Magic).Number(Version).Field(summary.Fingerprint.ToString("x16", CultureInfo.InvariantCulture));
        writer.Number(summary.Sources.Count);
        foreach (var source in summary.Sources)
        {
            writer.Field(source.Path).Field(source.CapturedOn).Number((int)source.Format);
        }

        writer.Number(summary.HasExcerpts ? 1 : 0).Number(summary.Papers.Count);
        foreach (var paper in summary.Papers)
        {
            writer.Field(paper.Id).Field(paper.Title).Field(paper.AbstractExcerpt).Field(paper.PublishedOn?.ToString()).Field(paper.ArxivId);
        }

        writer.Number(summary.Diagnostics.Count);
        foreach (var diagnostic in summary.Diagnostics)
        {
            var position = diagnostic.Position;
            writer.Field(diagnostic.Id).Field(diagnostic.FilePath)
                .Number(position.Line).Number(position.Start).Number(position.Length).Number(position.StartColumn).Number(position.EndColumn)
                .Number(diagnostic.MessageArgs.Count);
            foreach (var argument in diagnostic.MessageArgs)
            {
                writer.Field(argument);
            }
        }
    }

    /// <summary>The summary <paramref name="text"/> holds; null when it holds none (empty, cut short, another version).</summary>
    public static CatalogueSummary? TryRead(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return Read(new Reader(text));
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            // Whatever a damaged file makes the reading trip over, it holds no summary: the generator reads the sources.
            return null;
        }
    }

    private static CatalogueSummary? Read(Reader reader)
    {
        if (reader.Field() != Magic || reader.Number() != Version
            || !ulong.TryParse(reader.Field(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var fingerprint))
        {
            return null;
        }

        var sources = reader.List(() => SummarySource.Of(reader.Text(), reader.Field(), (SourceFormat)reader.Number()));
        var hasExcerpts = reader.Number() == 1;
        var papers = reader.List(() => new SummaryPaper(reader.Text(), reader.Text(), reader.Text(), Date(reader.Field()), reader.Field()));
        var diagnostics = reader.List(() =>
        {
            var id = reader.Text();
            var path = reader.Text();
            var position = new TextPosition(reader.Number(), reader.Number(), reader.Number(), reader.Number(), reader.Number());
            var arguments = reader.List(reader.Text);
            return new DiagnosticInfo(id, path, position, arguments.ToEquatableArray());
        });
        return reader.IsAtEnd ? new CatalogueSummary(fingerprint, sources.ToEquatableArray(), hasExcerpts, papers.ToEquatableArray(), diagnostics.ToEquatableArray()) : null;
    }

    private static CalendarDate? Date(string? text) => text is null ? null : CalendarDate.TryParseIso(text, out var date) ? date : throw new FormatException();

    private readonly struct Writer(TextWriter output)
    {
        private static readonly char[] EscapedUnits = ['\\', '\0'];

        public Writer Number(int value) => Field(value.ToString(CultureInfo.InvariantCulture));

        public Writer Field(string? value)
        {
            if (value is null)
            {
                output.Write('~');
                return this;
            }

            var escaped = NeedsEscapes(value) ? Escape(value) : value;
            output.Write(escaped.Length.ToString(CultureInfo.InvariantCulture));
            output.Write(':');
            output.Write(escaped);
            return this;
        }

        // Any surrogate, though a pair needs no escape: pairs are rare enough to take the slower path.
        private static bool NeedsEscapes(string value) => value.IndexOfAny(EscapedUnits) >= 0 || Surrogates.IndexOfFirst(value.AsSpan()) >= 0;

        private static string Escape(string value)
        {
            var escaped = new StringBuilder(value.Length + 16);
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    escaped.Append(c).Append(value[++i]);
                }
                else if (c == '\\')
                {
                    escaped.Append(@"\\");
                }
                else if (c == '\0' || char.IsSurrogate(c))
                {
                    escaped.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    escaped.Append(c);
                }
            }

            return escaped.ToString();
        }
    }

    /// <summary>Reads fields; anything that is not a field where one belongs throws <see cref="FormatException"/>, which <see cref="TryRead"/> turns into none.</summary>
    private sealed class Reader(string text)
    {
        private int _position;

        public bool IsAtEnd => _position == text.Length;

        public List<T> List<T>(Func<T> item)
        {
            var count = Number();
            var items = new List<T>(Math.Min(count, text.Length - _position));
            for (var i = 0; i < count; i++)
            {
                items.Add(item());
            }

            return items;
        }

        public int Number()
        {
            var colon = Colon();
            var start = colon + 1;
            var end = start + Length(colon);
            _position = end;
            return end > start && text[start] == '-' ? -Digits(start + 1, end) : Digits(start, end);
        }

        public string Text() => Field() ?? throw new FormatException();

        public string? Field()
        {
            if (_position < text.Length && text[_position] == '~')
            {
                _position++;
                return null;
            }

            var colon = Colon();
            var length = Length(colon);
            _position = colon + 1 + length;
            var value = text.Substring(colon + 1, length);
            return value.IndexOf('\\') < 0 ? value : Unescape(value);
        }

        private int Colon()
        {
            var colon = text.IndexOf(':', _position);
            return colon < 0 ? throw new FormatException() : colon;
        }

        /// <summary>The length before the colon at <paramref name="colon"/>, of a field that must end within the text.</summary>
        private int Length(int colon)
        {
            var length = Digits(_position, colon);
            return length <= text.Length - colon - 1 ? length : throw new FormatException();
        }

        /// <summary>The decimal number <c>text[start..end]</c>, at most nine digits (so it fits in an int).</summary>
        private int Digits(int start, int end)
        {
            if (end == start || end - start > 9)
            {
                throw new FormatException();
            }

            var value = 0;
            for (var i = start; i < end; i++)
            {
                var digit = text[i] - '0';
                value = (uint)digit <= 9 ? (value * 10) + digit : throw new FormatException();
            }

            return value;
        }

        private static string Unescape(string value)
        {
            var builder = new StringBuilder(value.Length);
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] != '\\')
                {
                    builder.Append(value[i]);
                }
                else if (i + 1 < value.Length && value[i + 1] == '\\')
                {
                    builder.Append('\\');
                    i++;
                }
                else if (i + 5 < value.Length && value[i + 1] == 'u'
                    && ushort.TryParse(value.Substring(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
                {
                    builder.Append((char)unit);
                    i += 5;
                }
                else
                {
                    throw new FormatException();
                }
            }

            return builder.ToString();
        }
    }
}
