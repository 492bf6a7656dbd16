using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace PaperDataset.Cli.Catalogue;

/// <summary>Finds the web links in an abstract, trimming the sentence punctuation and LaTeX debris around them.</summary>
internal static partial class Links
{
    public static IReadOnlyList<string> In(string text) =>
        UrlPattern().Matches(text)
            .Select(match => Trim(match.Value))
            .Where(url => url.Length > "https://".Length)
            .Distinct()
            .ToList();

    // A URL ends at white space, quotes, angle brackets or braces ("https://x.io/{here}" is LaTeX debris).
    [GeneratedRegex(@"https?://[^\s""'<>{}\\]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    private static string Trim(string url)
    {
        while (url.Length > 0)
        {
            var last = url[^1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?')
            {
                url = url[..^1];
            }
            else if (last == ')' && url.Count(c => c == '(') < url.Count(c => c == ')'))
            {
                url = url[..^1];
            }
            else if (last == ']' && url.Count(c => c == '[') < url.Count(c => c == ']'))
            {
                url = url[..^1];
            }
            else
            {
                break;
            }
        }

        return url;
    }
}
