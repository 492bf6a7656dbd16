using System.Collections.Generic;
using System.Text;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using static PaperDataset.PaperStorageLayout;

namespace PaperDataset.Generator.Emitting;

/// <summary>
/// Every distinct string of the catalogue, stored once as UTF-8 in chunks of at most <see cref="PaperStorageLayout.ChunkLimit"/> bytes.
/// One u8 literal per chunk puts the text in the assembly's data section (no user-string heap limit, no copy at run time)
/// while keeping each literal small enough for the compiler. Strings UTF-8 cannot carry (lone surrogates) are kept aside.
/// </summary>
internal sealed class TextTable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, int> _indexes = new(System.StringComparer.Ordinal);
    private readonly List<StringSlot> _slots = [];
    private readonly List<StringBuilder> _chunks = [];
    private readonly List<int> _chunkBytes = [];
    private readonly List<string> _irregular = [];

    /// <summary>The UTF-8 text of each chunk, as the body of a u8 literal.</summary>
    public IReadOnlyList<StringBuilder> ChunkLiterals => _chunks;

    /// <summary>Strings with lone surrogates, stored as ordinary literals.</summary>
    public IReadOnlyList<string> Irregular => _irregular;

    /// <summary>Chunk, start and length of each string, in index order, as <see cref="StringColumn"/> describes them.</summary>
    public IReadOnlyList<StringSlot> Slots => _slots;

    /// <summary>A new string: the id slug (<c>PaperId.FromTitle</c>) of the string at <paramref name="titleIndex"/>.</summary>
    public int AddSlugOf(int titleIndex)
    {
        _slots.Add(new StringSlot(StringColumn.SlugOfTitle, titleIndex, 0));
        return _slots.Count - 1;
    }

    /// <summary>
    /// The index of <paramref name="text"/>, pointing into its embedded file when it has one. Embedded strings are not
    /// shared: a slot costs a few bytes, while looking a string up means hashing it (every abstract, at scale).
    /// </summary>
    public int Add(string text, EmbeddedText? embedded)
    {
        if (embedded is not { } location)
        {
            return Add(text);
        }

        var jsonString = location.Bytes.Encoding == SliceEncoding.JsonString;
        _slots.Add(new StringSlot(StringColumn.EmbeddedFile(location.FileIndex, jsonString), location.Bytes.Start, location.Bytes.Length));
        return _slots.Count - 1;
    }

    /// <summary>The index of <paramref name="text"/>, adding it on first use.</summary>
    public int Add(string text)
    {
        if (_indexes.TryGetValue(text, out var index))
        {
            return index;
        }

        index = _slots.Count;
        _indexes.Add(text, index);
        if (!Escaping.IsWellFormed(text))
        {
            _slots.Add(new StringSlot(StringColumn.Irregular, _irregular.Count, 0));
            _irregular.Add(text);
            return index;
        }

        var bytes = StrictUtf8.GetByteCount(text);
        if (_chunks.Count == 0 || (_chunkBytes[_chunks.Count - 1] > 0 && _chunkBytes[_chunks.Count - 1] + bytes > ChunkLimit))
        {
            _chunks.Add(new StringBuilder());
            _chunkBytes.Add(0);
        }

        var chunk = _chunks.Count - 1;
        _slots.Add(new StringSlot(chunk, _chunkBytes[chunk], bytes));
        _chunkBytes[chunk] += bytes;
        Escaping.AppendLiteralBody(_chunks[chunk], text);
        return index;
    }

    internal readonly record struct StringSlot(int Chunk, int Start, int Length);
}
