using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace PaperDataset.Cli.Tests;

/// <summary>Independent LINQ / regex oracles over the real catalogue, to check the commands against.</summary>
internal static class Oracle
{
    /// <summary>Whether every phrase occurs in the text as whole words (any case, any punctuation between words).</summary>
    public static bool HasAll(string text, params string[] phrases) =>
        phrases.All(phrase => PhrasePattern(phrase).IsMatch(text));

    public static Regex PhrasePattern(string phrase)
    {
        // A trailing * makes the last word a prefix.
        var words = phrase.Split(' ').Select(w => w.EndsWith('*') ? Regex.Escape(w[..^1]) + @"[\p{L}\p{Nd}]*" : Regex.Escape(w));
        return new Regex(
            @"(?<![\p{L}\p{Nd}])" + string.Join(@"[^\p{L}\p{Nd}]+", words) + @"(?![\p{L}\p{Nd}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>Ids in catalogue (id) order.</summary>
    public static List<string> Ids(IEnumerable<Paper> papers) => papers.Select(p => p.Id.Value).OrderBy(id => id, System.StringComparer.Ordinal).ToList();
}
