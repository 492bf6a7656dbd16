using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PaperDataset.Cli.Query;

/// <summary>A word of a text: where it is, and its lower-case form.</summary>
/// <param name="Start">Index of its first character in the text.</param>
/// <param name="Length">Its length in the text.</param>
/// <param name="Word">The word in lower case.</param>
internal readonly record struct WordToken(int Start, int Length, string Word)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits text into lower-case words: maximal runs of letters and digits. Everything else (spaces,
/// punctuation, hyphens, LaTeX debris) separates words, so "Multi-Task" is the two words "multi" "task".
/// The same rule splits the query and the papers, which is what makes whole-word matching consistent.
/// </summary>
internal static class WordTokenizer
{
    public static List<string> Words(string text) => Tokens(text).Select(t => t.Word).ToList();

    /// <summary>The words with their positions, for showing where a match is.</summary>
    public static List<WordToken> Tokens(string text)
    {
        var tokens = new List<WordToken>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                tokens.Add(new WordToken(i - current.Length, current.Length, current.ToString()));
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(new WordToken(text.Length - current.Length, current.Length, current.ToString()));
        }

        return tokens;
    }
}
