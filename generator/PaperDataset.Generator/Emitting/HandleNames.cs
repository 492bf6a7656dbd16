using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PaperDataset.Generator.Emitting;

/// <summary>Derives each paper's C# handle name (<c>Papers.Known.X</c>) from its id.</summary>
internal static class HandleNames
{
    // Metadata names are capped at 1024 bytes; handles stay far below that and readable in IntelliSense.
    private const int MaxHandleLength = 96;

    /// <summary>PascalCase of the id's words, a valid C# identifier that never starts with a digit.</summary>
    public static string Handle(string id)
    {
        var builder = new StringBuilder(id.Length);
        for (var start = 0; start < id.Length; start++)
        {
            if (id[start] == '-')
            {
                continue;
            }

            var end = id.IndexOf('-', start);
            var length = (end < 0 ? id.Length : end) - start;
            if (builder.Length + length > MaxHandleLength && builder.Length > 0)
            {
                break;
            }

            builder.Append(char.ToUpperInvariant(id[start])).Append(id, start + 1, length - 1);
            start += length;
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, "Paper");
        }

        return builder.ToString();
    }

    /// <summary>Handles are shortened ids, so two can still meet; the later in id order takes a numeric suffix.</summary>
    public static List<string> Unique(IReadOnlyList<string> ids)
    {
        var handles = new string[ids.Count];
        var taken = new HashSet<string>(ReservedMemberNames, StringComparer.Ordinal);
        foreach (var i in OrdinalOrder(ids))
        {
            var baseName = Handle(ids[i]);
            var name = baseName;
            for (var suffix = 2; !taken.Add(name); suffix++)
            {
                name = baseName + "_" + suffix.ToString(CultureInfo.InvariantCulture);
            }

            handles[i] = name;
        }

        return handles.ToList();
    }

    /// <summary>
    /// The indices of <paramref name="keys"/> in ordinal order of the keys: checked before sorted, since a merged catalogue's
    /// papers already are in the order of their ids.
    /// </summary>
    public static IEnumerable<int> OrdinalOrder(IReadOnlyList<string> keys)
    {
        var indices = Enumerable.Range(0, keys.Count);
        for (var i = 1; i < keys.Count; i++)
        {
            if (string.CompareOrdinal(keys[i - 1], keys[i]) > 0)
            {
                return indices.OrderBy(index => keys[index], StringComparer.Ordinal);
            }
        }

        return indices;
    }

    // Names a handle may not take: members every class inherits, and the nested class's own name.
    private static readonly string[] ReservedMemberNames = ["Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize", "Known"];
}
