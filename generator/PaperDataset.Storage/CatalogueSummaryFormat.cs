using System;
using System.Collections.Generic;
using System.Globalization;
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

    public static string Write(CatalogueSummary summary)
    {
        var writer = new Writer(new StringBuilder());
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

        return writer.ToString();
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
        catch (FormatException)
        {
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

    private readonly struct Writer(StringBuilder builder)
    {
        public Writer Number(int value) => Field(value.ToString(CultureInfo.InvariantCulture));

        public Writer Field(string? value)
        {
            if (value is null)
            {
                builder.Append('~');
                return this;
            }

            var escaped = Escape(value);
            builder.Append(escaped.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(escaped);
            return this;
        }

        public override string ToString() => builder.ToString();

        private static string Escape(string value)
        {
            StringBuilder? escaped = null;
            var plainFrom = 0;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                var pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
                if (pair)
                {
                    i++;
                    continue;
                }

                if (c != '\\' && c != '\0' && !char.IsSurrogate(c))
                {
                    continue;
                }

                escaped ??= new StringBuilder(value.Length + 16);
                escaped.Append(value, plainFrom, i - plainFrom);
                escaped.Append(c == '\\' ? @"\\" : @"\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
                plainFrom = i + 1;
            }

            return escaped is null ? value : escaped.Append(value, plainFrom, value.Length - plainFrom).ToString();
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

        public int Number() =>
            int.TryParse(Text(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw new FormatException();

        public string Text() => Field() ?? throw new FormatException();

        public string? Field()
        {
            if (_position < text.Length && text[_position] == '~')
            {
                _position++;
                return null;
            }

            var colon = text.IndexOf(':', _position);
            if (colon < 0 || !int.TryParse(text.Substring(_position, colon - _position), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || length > text.Length - colon - 1)
            {
                throw new FormatException();
            }

            _position = colon + 1 + length;
            var value = text.Substring(colon + 1, length);
            return value.IndexOf('\\') < 0 ? value : Unescape(value);
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
