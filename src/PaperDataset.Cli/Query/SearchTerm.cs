using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PaperDataset.Cli.Query;

/// <summary>
/// One thing the search text asks for: a word, or a phrase (consecutive words). A term written with a
/// trailing <c>*</c> matches any word that starts with its last word (<c>transform*</c>).
/// </summary>
/// <param name="Words">The lower-case words, in order; never empty.</param>
/// <param name="IsPrefix">Whether the last word matches as a prefix.</param>
internal sealed record SearchTerm(ImmutableArray<string> Words, bool IsPrefix)
{
    /// <summary>Whether the words occur consecutively in <paramref name="text"/> (already split into words).</summary>
    public bool IsFoundIn(IReadOnlyList<string> text) => StartsIn(text).Any();

    /// <summary>How many times the words occur consecutively in <paramref name="text"/>: the term frequency that ranking uses.</summary>
    public int CountIn(IReadOnlyList<string> text) => StartsIn(text).Count();

    /// <summary>The index of the first word of every occurrence, in order.</summary>
    public IEnumerable<int> StartsIn(IReadOnlyList<string> text)
    {
        for (var start = 0; start + Words.Length <= text.Count; start++)
        {
            if (MatchesAt(text, start))
            {
                yield return start;
            }
        }
    }

    private bool MatchesAt(IReadOnlyList<string> text, int start)
    {
        for (var i = 0; i < Words.Length; i++)
        {
            var word = text[start + i];
            var last = i == Words.Length - 1;
            var matches = last && IsPrefix
                ? word.StartsWith(Words[i], StringComparison.Ordinal)
                : string.Equals(word, Words[i], StringComparison.Ordinal);
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString()
    {
        var text = string.Join(' ', Words) + (IsPrefix ? "*" : string.Empty);
        return Words.Length > 1 ? "\"" + text + "\"" : text;
    }
}
