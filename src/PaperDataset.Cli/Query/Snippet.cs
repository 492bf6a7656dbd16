using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperDataset.Cli.Query;

/// <summary>
/// A short extract of an abstract around the search words, with each run of matched words in [brackets]: plain text
/// that survives pipes, files and terminals without colour, and shows why a paper matched.
/// </summary>
internal static partial class Snippet
{
    public const int MaxWords = 24;
    private const int WordsBefore = 5;
    private const string Ellipsis = "…";

    /// <summary>The extract of <paramref name="text"/> with the most matched words, or its opening when nothing matches.</summary>
    public static string Of(string text, SearchExpression search)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(search);
        var tokens = WordTokenizer.Tokens(text);
        if (tokens.Count == 0)
        {
            return string.Empty;
        }

        var matched = Matched(tokens, search);
        var start = BestStart(matched);
        var end = Math.Min(tokens.Count, start + MaxWords);

        var snippet = new StringBuilder(start > 0 ? Ellipsis : string.Empty);
        for (var i = start; i < end; i++)
        {
            if (i > start)
            {
                snippet.Append(Collapse(text[tokens[i - 1].End..tokens[i].Start]));
            }

            var opens = matched[i] && (i == start || !matched[i - 1]);
            var closes = matched[i] && (i == end - 1 || !matched[i + 1]);
            snippet.Append(opens ? "[" : string.Empty)
                .Append(text, tokens[i].Start, tokens[i].Length)
                .Append(closes ? "]" : string.Empty);
        }

        snippet.Append(end < tokens.Count ? Ellipsis : Collapse(text[tokens[^1].End..]).TrimEnd());
        return snippet.ToString();
    }

    /// <summary>Which words belong to an occurrence of a search term.</summary>
    private static bool[] Matched(List<WordToken> tokens, SearchExpression search)
    {
        var words = tokens.Select(t => t.Word).ToList();
        var matched = new bool[tokens.Count];
        foreach (var term in search.Terms)
        {
            foreach (var start in term.StartsIn(words))
            {
                Array.Fill(matched, true, start, term.Words.Length);
            }
        }

        return matched;
    }

    /// <summary>Where a window of <see cref="MaxWords"/> words holds the most matched words, starting a little before one.</summary>
    private static int BestStart(bool[] matched)
    {
        var best = 0;
        var bestCount = 0;
        for (var i = 0; i < matched.Length; i++)
        {
            if (!matched[i] || (i > 0 && matched[i - 1]))
            {
                continue;
            }

            var start = Math.Max(0, i - WordsBefore);
            var count = matched.Skip(start).Take(MaxWords).Count(m => m);
            if (count > bestCount)
            {
                (best, bestCount) = (start, count);
            }
        }

        return best;
    }

    // Abstracts are single lines, but a source read at run time may keep a wrapped line's breaks.
    private static string Collapse(string separator) => WhiteSpace().Replace(separator, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
