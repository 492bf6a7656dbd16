using System.Text;

namespace PaperDataset.Generator.Merging;

/// <summary>Derives a paper's C# handle name from its id; the id itself comes from <see cref="PaperId.FromTitle"/>, shared with the runtime.</summary>
internal static class PaperNames
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
}
