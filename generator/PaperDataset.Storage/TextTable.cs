using System.Collections.Generic;
using System.IO;
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
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, int> _indexes = new(System.StringComparer.Ordinal);
    private readonly List<StringSlot> _slots = [];
    private readonly List<MemoryStream> _chunks = [];
    private readonly List<int[]> _units = [];

    /// <summary>The UTF-8 bytes of each chunk.</summary>
    public IReadOnlyList<MemoryStream> Chunks => _chunks;

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

        var bytes = StrictUtf8.GetBytes(text);
        if (_chunks.Count == 0 || (_chunks[_chunks.Count - 1].Length > 0 && _chunks[_chunks.Count - 1].Length + bytes.Length > ChunkLimit))
        {
            _chunks.Add(new MemoryStream());
        }

        var chunk = _chunks[_chunks.Count - 1];
        _slots.Add(new StringSlot(_chunks.Count - 1, (int)chunk.Length, bytes.Length));
        chunk.Write(bytes, 0, bytes.Length);
        return index;
    }

    /// <summary>Whether every surrogate is paired, i.e. the text can be encoded as UTF-8.</summary>
    public static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal readonly record struct StringSlot(int Chunk, int Start, int Length);
}
