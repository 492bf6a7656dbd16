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
        foreach (var word in id.Split(['-'], System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length + word.Length > MaxHandleLength && builder.Length > 0)
            {
                break;
            }

            builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
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
        foreach (var i in Enumerable.Range(0, ids.Count).OrderBy(i => ids[i], StringComparer.Ordinal))
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

    // Names a handle may not take: members every class inherits, and the nested class's own name.
    private static readonly string[] ReservedMemberNames = ["Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize", "Known"];
}
