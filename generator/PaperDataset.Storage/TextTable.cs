using System;
using System.Collections.Generic;
using System.Text;
using static PaperDataset.PaperStorageLayout;

namespace PaperDataset.Storage;

/// <summary>
/// Every distinct string of the catalogue, stored once as UTF-8 in chunks of at most <see cref="PaperStorageLayout.ChunkLimit"/>
/// bytes (the size a <c>u8</c> literal can have when the storage is compiled into literals). A string UTF-8 cannot carry
/// (a lone surrogate) is stored as its UTF-16 units, one row each of the units table.
/// </summary>
internal sealed class TextTable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Dictionary<string, int> _indexes = new(System.StringComparer.Ordinal);
    private readonly List<StringSlot> _slots = [];
    private readonly List<ArraySegment<byte>> _chunks = [];
    private readonly List<int[]> _units = [];

    // The chunk being filled (the last of _chunks once it holds anything), written in place: no array per string.
    private byte[] _buffer = [];
    private int _length;

    /// <summary>The UTF-8 bytes of each chunk.</summary>
    public IReadOnlyList<ArraySegment<byte>> Chunks => _chunks;

    /// <summary>The rows of the units table: the UTF-16 units of the strings UTF-8 cannot carry.</summary>
    public IReadOnlyList<int[]> Units => _units;

    /// <summary>Chunk, start and length of each string, in index order, as <see cref="StringColumn"/> describes them.</summary>
    public IReadOnlyList<StringSlot> Slots => _slots;

    /// <summary>A new string: the id slug (<c>PaperId.FromTitle</c>) of the string at <paramref name="titleIndex"/>.</summary>
    public int AddSlugOf(int titleIndex)
    {
        _slots.Add(new StringSlot(StringColumn.SlugOfTitle, titleIndex, 0));
        return _slots.Count - 1;
    }

    /// <summary>
    /// The index of <paramref name="text"/>, adding it on first use when <paramref name="reuse"/>. A string that is rarely
    /// repeated (a title or an abstract) is not reused: a slot costs a few bytes, while looking a string up means hashing it.
    /// </summary>
    public int Add(string text, bool reuse = true)
    {
        if (reuse && _indexes.TryGetValue(text, out var index))
        {
            return index;
        }

        index = _slots.Count;
        if (reuse)
        {
            _indexes.Add(text, index);
        }

        if (!IsWellFormed(text))
        {
            _slots.Add(new StringSlot(StringColumn.Irregular, _units.Count, text.Length));
            foreach (var unit in text)
            {
                _units.Add([unit]);
            }

            return index;
        }

        var byteCount = Utf8.GetByteCount(text);
        if (_chunks.Count == 0 || (_length > 0 && _length + byteCount > ChunkLimit))
        {
            _buffer = new byte[Math.Max(ChunkLimit, byteCount)];
            _length = 0;
            _chunks.Add(default);
        }
        else if (_length + byteCount > _buffer.Length)
        {
            // Only a string longer than a chunk, after empty strings: it gets the chunk to itself, as large as it needs.
            Array.Resize(ref _buffer, _length + byteCount);
        }

        _slots.Add(new StringSlot(_chunks.Count - 1, _length, byteCount));
        _length += Utf8.GetBytes(text, 0, text.Length, _buffer, _length);
        _chunks[_chunks.Count - 1] = new ArraySegment<byte>(_buffer, 0, _length);
        return index;
    }

    /// <summary>Whether every surrogate is paired, i.e. the text can be encoded as UTF-8.</summary>
    public static bool IsWellFormed(string text)
    {
        var first = Surrogates.IndexOfFirst(text.AsSpan());
        for (var i = first < 0 ? text.Length : first; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (!char.IsHighSurrogate(text[i]) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    internal readonly record struct StringSlot(int Chunk, int Start, int Length);
}
