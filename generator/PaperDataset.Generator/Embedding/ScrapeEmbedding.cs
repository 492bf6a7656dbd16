using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using PaperDataset.Generator.Emitting;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;

namespace PaperDataset.Generator.Embedding;

/// <summary>
/// Turns where each entry's title and abstract lie in the file (the readers' slices) into UTF-8 byte ranges of the embedded
/// file, so the catalogue can point into the resource instead of compiling the text into literals (which costs the
/// compiler ~125 bytes of memory per byte). Pure: a read file and its text in, byte ranges out. A string the file does not
/// hold verbatim (a wrapped title joined with spaces) has no range and is emitted as a literal.
/// </summary>
internal static class ScrapeEmbedding
{
    public static EmbeddedScrape Attach(ReadScrape scrape, CancellationToken cancellationToken = default)
    {
        var read = scrape.Read;
        var text = scrape.Source.Document.Text;
        var resourceName = scrape.Source.ResourceName;

        // The resource holds the bytes of the file, which only match the text when it is well-formed UTF-16 (strict UTF-8 decoding).
        if (resourceName is null || !Escaping.IsWellFormed(text))
        {
            return new EmbeddedScrape(read, null, EquatableArray<EntryBytes>.Empty);
        }

        var positions = new List<int>(4 * read.Entries.Count);
        foreach (var entry in read.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var slice in Embeddable(entry))
            {
                positions.Add(slice.Start);
                positions.Add(slice.End);
            }
        }

        var offsets = new Utf8Offsets(text, positions.ToArray());
        if (offsets.Total > int.MaxValue)
        {
            return new EmbeddedScrape(read, null, EquatableArray<EntryBytes>.Empty);
        }

        var entries = read.Entries.Select(entry => new EntryBytes(Range(entry.TitleSlice, offsets), Range(entry.AbstractSlice, offsets)));
        return new EmbeddedScrape(read, new EmbeddedResourceSpec(resourceName, offsets.Total), entries.ToEquatableArray());
    }

    private static IEnumerable<TextSlice> Embeddable(SourceEntry entry)
    {
        if (entry.TitleSlice is { Length: > 0 } title)
        {
            yield return title;
        }

        if (entry.AbstractSlice is { Length: > 0 } @abstract)
        {
            yield return @abstract;
        }
    }

    private static ByteRange? Range(TextSlice? slice, Utf8Offsets offsets)
    {
        if (slice is not { Length: > 0 } embeddable)
        {
            return null;
        }

        var start = offsets.Of(embeddable.Start);
        return new ByteRange((int)start, (int)(offsets.Of(embeddable.End) - start), embeddable.Encoding);
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
