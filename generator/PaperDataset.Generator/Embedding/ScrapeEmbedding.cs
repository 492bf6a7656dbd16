using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using PaperDataset.Generator.Emitting;
using PaperDataset.Generator.Model;

namespace PaperDataset.Generator.Embedding;

/// <summary>
/// Finds each entry's title and abstract in the UTF-8 bytes of an embedded scrape file, so the catalogue can point into
/// the resource instead of compiling the text into literals (which costs the compiler ~125 bytes of memory per byte).
/// Pure: parsed file and its text in, the same file with byte ranges out. A string found nowhere verbatim (a wrapped
/// title joined with spaces) keeps no range and is emitted as a literal.
/// </summary>
internal static class ScrapeEmbedding
{
    // Titles and abstracts begin within a few lines of where the parser saw their block start (upvote lines, indentation).
    private const int SearchSlack = 4096;

    public static ParsedScrape Attach(ParsedScrape parsed, ScrapeSource source, CancellationToken cancellationToken = default)
    {
        var text = source.Text;

        // The resource holds the bytes of the file, which only match the text when it is well-formed UTF-16 (strict UTF-8 decoding).
        if (source.ResourceName is null || !Escaping.IsWellFormed(text))
        {
            return parsed;
        }

        var found = new List<(int Entry, bool IsTitle, int Start, int Length)>(2 * parsed.Entries.Count);
        for (var i = 0; i < parsed.Entries.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = parsed.Entries[i];
            var title = Find(text, entry.Title, entry.TitlePosition.Start);
            if (title >= 0)
            {
                found.Add((i, true, title, entry.Title.Length));
            }

            var @abstract = Find(text, entry.Abstract, title >= 0 ? title + entry.Title.Length : entry.TitlePosition.Start);
            if (@abstract >= 0)
            {
                found.Add((i, false, @abstract, entry.Abstract.Length));
            }
        }

        var positions = new int[2 * found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            positions[2 * i] = found[i].Start;
            positions[(2 * i) + 1] = found[i].Start + found[i].Length;
        }

        var offsets = new Utf8Offsets(text, positions);
        if (offsets.Total > int.MaxValue)
        {
            return parsed;
        }

        var titles = new ByteRange?[parsed.Entries.Count];
        var abstracts = new ByteRange?[parsed.Entries.Count];
        foreach (var (entry, isTitle, start, length) in found)
        {
            var byteStart = offsets.Of(start);
            var bytes = new ByteRange((int)byteStart, (int)(offsets.Of(start + length) - byteStart));
            (isTitle ? titles : abstracts)[entry] = bytes;
        }

        var entries = parsed.Entries.Select((entry, i) => entry with { TitleBytes = titles[i], AbstractBytes = abstracts[i] });
        return parsed with
        {
            Entries = entries.ToEquatableArray(),
            Resource = new EmbeddedResourceSpec(source.ResourceName, offsets.Total),
        };
    }

    private static int Find(string text, string value, int from)
    {
        if (value.Length == 0 || from < 0 || from >= text.Length)
        {
            return -1;
        }

        var count = (int)Math.Min((long)text.Length - from, (long)value.Length + SearchSlack);
        return text.IndexOf(value, from, count, StringComparison.Ordinal);
    }

    /// <summary>UTF-8 byte offsets of chosen character positions, counted between consecutive positions in one pass.</summary>
    private sealed class Utf8Offsets
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        private readonly int[] _positions;
        private readonly long[] _bytes;

        /// <param name="text">The file's text.</param>
        /// <param name="positions">Character positions, sorted here in place; they come nearly sorted (file order).</param>
        public unsafe Utf8Offsets(string text, int[] positions)
        {
            Array.Sort(positions);
            _positions = positions;
            _bytes = new long[_positions.Length];
            long bytes = 0;
            var previous = 0;

            // The text is well-formed, and positions never fall inside a surrogate pair, so the pieces add up to the whole.
            // A position listed twice gets the same offset twice, and BinarySearch may find either.
            fixed (char* chars = text)
            {
                for (var i = 0; i < _positions.Length; i++)
                {
                    bytes += Utf8.GetByteCount(chars + previous, _positions[i] - previous);
                    _bytes[i] = bytes;
                    previous = _positions[i];
                }

                Total = bytes + Utf8.GetByteCount(chars + previous, text.Length - previous);
            }
        }

        /// <summary>The UTF-8 length of the whole text.</summary>
        public long Total { get; }

        public long Of(int position) => _bytes[Array.BinarySearch(_positions, position)];
    }
}
