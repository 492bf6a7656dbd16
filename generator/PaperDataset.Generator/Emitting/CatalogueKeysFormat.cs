using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PaperDataset.Generator.Emitting;

/// <summary>
/// One paper's keys. <see cref="Handle"/> is the <c>Known</c> handle's name when it is not the one derived from the id
/// (<see cref="CatalogueKeysFormat.HandleOf"/> gives it either way).
/// </summary>
internal sealed record CatalogueKey(string Id, string Title, string? ArxivId, string? Handle);

/// <summary>
/// The catalogue's keys (id, title, arXiv id, handle) as one string, written by the generator into an assembly attribute and
/// read back by the key analyzer (compiled into both, so writer and reader share this one definition). Each field is its
/// length in decimal, a colon and the text: no separator can occur inside a title. The handle is left empty when it is
/// the one <see cref="HandleNames.Handle"/> derives from the id, which saves most of its bytes.
/// </summary>
internal static class CatalogueKeysFormat
{
    /// <summary>The <c>AssemblyMetadata</c> key; the value is <see cref="Write"/>'s text.</summary>
    public const string MetadataKey = "PaperDataset.Keys";

    private const int Version = 1;

    /// <summary>The keys of a catalogue class (full name, e.g. <c>PaperDataset.Papers</c>), in id order.</summary>
    public static string Write(string catalogueFullName, bool hasHandles, IEnumerable<CatalogueKey> keys)
    {
        var builder = new StringBuilder();
        Field(builder, Version.ToString(CultureInfo.InvariantCulture));
        Field(builder, catalogueFullName);
        Field(builder, hasHandles ? "1" : "0");
        foreach (var key in keys)
        {
            Field(builder, key.Id);
            Field(builder, key.Title);
            Field(builder, key.ArxivId ?? string.Empty);
            Field(builder, key.Handle is null || key.Handle == HandleNames.Handle(key.Id) ? string.Empty : key.Handle);
        }

        return builder.ToString();
    }

    private static void Field(StringBuilder builder, string text) =>
        builder.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);

    /// <summary>Reads <see cref="Write"/>'s text; null when it is not in this version's format (a newer generator's, or damaged).</summary>
    public static (string CatalogueFullName, bool HasHandles, IReadOnlyList<CatalogueKey> Keys)? Read(string text)
    {
        var position = 0;
        if (!TryField(text, ref position, out var version) || version != Version.ToString(CultureInfo.InvariantCulture)
            || !TryField(text, ref position, out var catalogue)
            || !TryField(text, ref position, out var handles))
        {
            return null;
        }

        var keys = new List<CatalogueKey>();
        while (position < text.Length)
        {
            if (!TryField(text, ref position, out var id) || !TryField(text, ref position, out var title)
                || !TryField(text, ref position, out var arxivId) || !TryField(text, ref position, out var handle))
            {
                return null;
            }

            keys.Add(new CatalogueKey(id, title, arxivId.Length == 0 ? null : arxivId, handle.Length == 0 ? null : handle));
        }

        return (catalogue, handles == "1", keys);
    }

    /// <summary>The name of the paper's <c>Known</c> handle, when the catalogue has handles.</summary>
    public static string HandleOf(CatalogueKey key) => key.Handle ?? HandleNames.Handle(key.Id);

    private static bool TryField(string text, ref int position, out string field)
    {
        field = string.Empty;
        var length = 0;
        var start = position;
        while (position < text.Length && text[position] is >= '0' and <= '9' && position - start < 9)
        {
            length = (length * 10) + (text[position] - '0');
            position++;
        }

        if (position == start || position >= text.Length || text[position] != ':' || text.Length - position - 1 < length)
        {
            return false;
        }

        field = text.Substring(position + 1, length);
        position += length + 1;
        return true;
    }
}
