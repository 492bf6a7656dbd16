using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PaperDataset.Generator.Emitting;

/// <summary>
/// One paper's keys. <see cref="Handle"/> is the <c>Known</c> handle's name when it is not the one derived from the id
/// (<see cref="CatalogueKeys.HandleOf"/> gives it either way).
/// </summary>
internal sealed record CatalogueKey(string Id, string Title, string? ArxivId, string? Handle);

/// <summary>The fields of a paper in the keys' text, in their order there.</summary>
internal enum KeyField
{
    Id,
    Title,

    /// <summary>The title's <see cref="PaperTitleComparer"/> hash, eight hex digits.</summary>
    TitleHash,
    ArxivId,
    Handle,
}

/// <summary>
/// The catalogue's keys (id, title, title hash, arXiv id, handle) as one string, written by the generator into an assembly
/// attribute and read back by the key analyzer (compiled into both, so writer and reader share this one definition). Each
/// field is its length in decimal, a colon and the text: no separator can occur inside a title. Papers are in ordinal order
/// of their ids, so a reader can binary-search them; each title comes with its hash, so a reader can index the titles
/// without reading them. The handle is left empty when it is the one <see cref="HandleNames.Handle"/> derives from the id,
/// which saves most of its bytes.
/// </summary>
internal static class CatalogueKeysFormat
{
    /// <summary>The <c>AssemblyMetadata</c> key; the value is <see cref="Write"/>'s text.</summary>
    public const string MetadataKey = "PaperDataset.Keys";

    private const int Version = 2;

    /// <summary>The keys of a catalogue class (full name, e.g. <c>PaperDataset.Papers</c>); ids must be unique.</summary>
    public static string Write(string catalogueFullName, bool hasHandles, IEnumerable<CatalogueKey> keys)
    {
        var builder = new StringBuilder();
        Field(builder, Version.ToString(CultureInfo.InvariantCulture));
        Field(builder, catalogueFullName);
        Field(builder, hasHandles ? "1" : "0");
        var all = keys.ToList();
        var titleKey = new char[128];
        foreach (var index in HandleNames.OrdinalOrder(all.ConvertAll(key => key.Id)))
        {
            var key = all[index];
            Field(builder, key.Id);
            Field(builder, key.Title);
            var titleKeyLength = PaperTitleComparer.WriteKey(key.Title, ref titleKey);
            Field(builder, unchecked((uint)PaperTitleComparer.Hash(titleKey, titleKeyLength)).ToString("x8", CultureInfo.InvariantCulture));
            Field(builder, key.ArxivId ?? string.Empty);
            Field(builder, key.Handle is null || key.Handle == HandleNames.Handle(key.Id) ? string.Empty : key.Handle);
        }

        return builder.ToString();
    }

    private static void Field(StringBuilder builder, string text) =>
        builder.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);

    /// <summary>
    /// Reads <see cref="Write"/>'s text, finding where each field is in it without copying any; null when it is not in
    /// this version's format (a newer generator's, or damaged, or ids out of order).
    /// </summary>
    public static CatalogueKeys? Read(string text)
    {
        var position = 0;
        if (!TryField(text, ref position, out var versionStart, out var versionLength)
            || text.Substring(versionStart, versionLength) != Version.ToString(CultureInfo.InvariantCulture)
            || !TryField(text, ref position, out var catalogueStart, out var catalogueLength)
            || !TryField(text, ref position, out var handlesStart, out var handlesLength))
        {
            return null;
        }

        var starts = new List<int>();
        var lengths = new List<int>();
        while (position < text.Length)
        {
            for (var field = 0; field < CatalogueKeys.FieldsPerPaper; field++)
            {
                if (!TryField(text, ref position, out var start, out var length))
                {
                    return null;
                }

                starts.Add(start);
                lengths.Add(length);
            }

            if (lengths[lengths.Count - CatalogueKeys.FieldsPerPaper + (int)KeyField.TitleHash] != CatalogueKeys.TitleHashLength)
            {
                return null;
            }

            var id = starts.Count - CatalogueKeys.FieldsPerPaper;
            var previous = id - CatalogueKeys.FieldsPerPaper;
            if (previous >= 0 && CatalogueKeys.CompareOrdinal(text, starts[previous], lengths[previous], text, starts[id], lengths[id]) >= 0)
            {
                return null;
            }
        }

        return new CatalogueKeys(
            text,
            text.Substring(catalogueStart, catalogueLength),
            handlesLength == 1 && text[handlesStart] == '1',
            starts.ToArray(),
            lengths.ToArray());
    }

    private static bool TryField(string text, ref int position, out int start, out int length)
    {
        length = 0;
        start = position;
        while (position < text.Length && text[position] is >= '0' and <= '9' && position - start < 9)
        {
            length = (length * 10) + (text[position] - '0');
            position++;
        }

        if (position == start || position >= text.Length || text[position] != ':' || text.Length - position - 1 < length)
        {
            return false;
        }

        start = position + 1;
        position = start + length;
        return true;
    }
}

/// <summary>
/// The keys <see cref="CatalogueKeysFormat.Read"/> found: the text itself and where each paper's fields are in it. A field is
/// copied out of the text only when asked for as a string, so reading a large catalogue allocates two arrays of offsets.
/// </summary>
internal sealed class CatalogueKeys
{
    /// <summary>How many fields each paper has (<see cref="KeyField"/>).</summary>
    public const int FieldsPerPaper = 5;

    /// <summary>The length of <see cref="KeyField.TitleHash"/>.</summary>
    public const int TitleHashLength = 8;

    private readonly int[] _starts;
    private readonly int[] _lengths;

    public CatalogueKeys(string text, string catalogueFullName, bool hasHandles, int[] starts, int[] lengths)
    {
        Text = text;
        CatalogueFullName = catalogueFullName;
        HasHandles = hasHandles;
        _starts = starts;
        _lengths = lengths;
    }

    /// <summary>The whole text, which every field is a range of.</summary>
    public string Text { get; }

    /// <summary>The catalogue class, e.g. <c>PaperDataset.Papers</c>.</summary>
    public string CatalogueFullName { get; }

    /// <summary>Whether the catalogue has a <c>Known</c> class with a handle per paper.</summary>
    public bool HasHandles { get; }

    /// <summary>How many papers there are; paper indices are in ordinal order of their ids.</summary>
    public int Count => _starts.Length / FieldsPerPaper;

    /// <summary>A paper's keys, copied out of the text.</summary>
    public CatalogueKey this[int paper] => new(
        Field(paper, KeyField.Id), Field(paper, KeyField.Title), Length(paper, KeyField.ArxivId) == 0 ? null : Field(paper, KeyField.ArxivId),
        Length(paper, KeyField.Handle) == 0 ? null : Field(paper, KeyField.Handle));

    /// <summary>Where the field starts in <see cref="Text"/>.</summary>
    public int Start(int paper, KeyField field) => _starts[(paper * FieldsPerPaper) + (int)field];

    /// <summary>The field's length; 0 for a paper without an arXiv id, or whose handle is derived from its id.</summary>
    public int Length(int paper, KeyField field) => _lengths[(paper * FieldsPerPaper) + (int)field];

    /// <summary>The field, copied out of the text.</summary>
    public string Field(int paper, KeyField field) => Text.Substring(Start(paper, field), Length(paper, field));

    /// <summary>The paper's title hash, as <see cref="PaperTitleComparer.GetHashCode(string)"/> gives it.</summary>
    public int TitleHash(int paper)
    {
        var (start, hash) = (Start(paper, KeyField.TitleHash), 0u);
        for (var i = start; i < start + TitleHashLength; i++)
        {
            var digit = Text[i];
            hash = (hash << 4) | (uint)(digit <= '9' ? digit - '0' : digit - 'a' + 10);
        }

        return unchecked((int)hash);
    }

    /// <summary>The name of the paper's <c>Known</c> handle, when the catalogue has handles.</summary>
    public string HandleOf(int paper) =>
        Length(paper, KeyField.Handle) == 0 ? HandleNames.Handle(Field(paper, KeyField.Id)) : Field(paper, KeyField.Handle);

    /// <summary>Compares two ranges of strings ordinally, as <see cref="string.CompareOrdinal(string, string)"/> compares whole strings.</summary>
    public static int CompareOrdinal(string a, int aStart, int aLength, string b, int bStart, int bLength) =>
        a.AsSpan(aStart, aLength).SequenceCompareTo(b.AsSpan(bStart, bLength));
}
