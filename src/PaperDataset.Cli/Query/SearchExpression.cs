using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace PaperDataset.Cli.Query;

/// <summary>
/// Parsed search text: words and "quoted phrases", all of which must match (AND). Matching is
/// case-insensitive and by whole words: <c>learn</c> does not match "learning", <c>learn*</c> does.
/// A bare word with punctuation inside, such as <c>multi-turn</c>, is the phrase "multi turn".
/// </summary>
internal sealed class SearchExpression
{
    public static readonly SearchExpression Empty = new(ImmutableArray<SearchTerm>.Empty);

    private SearchExpression(ImmutableArray<SearchTerm> terms) => Terms = terms;

    public ImmutableArray<SearchTerm> Terms { get; }

    public bool IsEmpty => Terms.IsEmpty;

    /// <summary>Parses search text; an unterminated quote runs to the end of the text.</summary>
    public static SearchExpression Parse(string text)
    {
        var terms = ImmutableArray.CreateBuilder<SearchTerm>();
        var position = 0;
        while (position < text.Length)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c))
            {
                position++;
                continue;
            }

            string raw;
            if (c == '"')
            {
                var end = text.IndexOf('"', position + 1);
                if (end < 0)
                {
                    end = text.Length;
                }

                raw = text.Substring(position + 1, end - position - 1);
                position = end + 1;
            }
            else
            {
                var end = position;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
                {
                    end++;
                }

                raw = text.Substring(position, end - position);
                position = end;
            }

            AddTerm(terms, raw);
        }

        return new SearchExpression(terms.ToImmutable());
    }

    /// <summary>Whether every term is found in at least one of the given texts (each already split into words).</summary>
    public bool Matches(IReadOnlyList<IReadOnlyList<string>> fields) =>
        Terms.All(term => fields.Any(term.IsFoundIn));

    public override string ToString() => string.Join(' ', Terms);

    private static void AddTerm(ImmutableArray<SearchTerm>.Builder terms, string raw)
    {
        var trimmed = raw.TrimEnd();
        var isPrefix = trimmed.EndsWith('*');
        var words = WordTokenizer.Words(trimmed);
        if (words.Count > 0)
        {
            terms.Add(new SearchTerm(words.ToImmutableArray(), isPrefix));
        }
    }

    /// <summary>Joins command-line tokens back into search text, re-quoting tokens the shell unquoted.</summary>
    public static string JoinTokens(IEnumerable<string> tokens)
    {
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            // `papers search "neural network"` arrives as one token with a space: keep it a phrase.
            var isPhrase = token.Trim().Contains(' ') && !token.Contains('"');
            builder.Append(isPhrase ? "\"" + token + "\"" : token);
        }

        return builder.ToString();
    }
}
