using System.Collections.Generic;
using System.Text;

namespace PaperDataset.Cli.Query;

/// <summary>
/// Splits text into lower-case words: maximal runs of letters and digits. Everything else (spaces,
/// punctuation, hyphens, LaTeX debris) separates words, so "Multi-Task" is the two words "multi" "task".
/// The same rule splits the query and the papers, which is what makes whole-word matching consistent.
/// </summary>
internal static class WordTokenizer
{
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
