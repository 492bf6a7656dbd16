using System;
using System.Collections.Generic;
using System.Linq;

namespace PaperDataset.Cli.Catalogue;

/// <summary>Finds the paper a user means by an id or a title, and suggests ids for near misses.</summary>
internal static class PaperLookup
{
    public const int MaxSuggestions = 5;

    /// <summary>
    /// Resolves, in order: an exact id; a title (normalised, as <see cref="Papers.FindByTitle"/>); the
    /// text's slug as an id (a title typed with other punctuation); an id prefix that only one paper has.
    /// </summary>
    public static Paper? Find(string idOrTitle)
    {
        ArgumentNullException.ThrowIfNull(idOrTitle);
        var text = idOrTitle.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (Papers.TryGet(new PaperId(text), out var paper))
        {
            return paper;
        }

        if (Papers.FindByTitle(text) is { } byTitle)
        {
            return byTitle;
        }

        var slug = PaperId.FromTitle(text).Value;
        if (slug.Length == 0)
        {
            return null;
        }

        if (Papers.TryGet(new PaperId(slug), out paper))
        {
            return paper;
        }

        var byPrefix = Papers.All.Where(p => p.Id.Value.StartsWith(slug, StringComparison.Ordinal)).Take(2).ToList();
        return byPrefix.Count == 1 ? byPrefix[0] : null;
    }

    /// <summary>
    /// The papers closest to what was typed, best first. A paper scores for an id it is a typo away from
    /// (whole, or the start of it: "yolo-v9"), then for each word it shares with the text (a word one
    /// edit away counts less), ignoring little words such as "of"; papers that score nothing are not suggested.
    /// </summary>
    public static IReadOnlyList<Paper> Suggest(string idOrTitle, int count = MaxSuggestions)
    {
        ArgumentNullException.ThrowIfNull(idOrTitle);
        var slug = PaperId.FromTitle(idOrTitle).Value;
        if (slug.Length == 0)
        {
            return [];
        }

        var words = slug.Split('-').Where(w => !IsStopWord(w)).Distinct(StringComparer.Ordinal).ToList();
        return Papers.All
            .Select(paper => Score(paper, slug, words))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Distance)
            .ThenBy(c => c.Paper.Id)
            .Take(count)
            .Select(c => c.Paper)
            .ToList();
    }

    private static Candidate Score(Paper paper, string slug, List<string> words)
    {
        var id = paper.Id.Value;
        // Hyphens are where words were split, which a typist may not know ("yolo-v9" for "yolov9-…").
        var compactSlug = slug.Replace("-", string.Empty, StringComparison.Ordinal);
        var compactId = id.Replace("-", string.Empty, StringComparison.Ordinal);
        var distance = Math.Min(
            Math.Min(EditDistance.Between(slug, id), EditDistance.Between(slug, id[..Math.Min(id.Length, slug.Length)])),
            EditDistance.Between(compactSlug, compactId[..Math.Min(compactId.Length, compactSlug.Length)]));
        var score = distance <= Math.Max(1, slug.Length / 4) ? 100.0 - distance : 0.0;

        var idWords = id.Split('-').Where(w => !IsStopWord(w)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var word in words)
        {
            if (idWords.Contains(word, StringComparer.Ordinal))
            {
                score += 1;
            }
            else if (word.Length >= 4 && idWords.Any(w => w.Length >= 4 && EditDistance.Between(word, w) <= 1))
            {
                score += 0.75;
            }
        }

        return new Candidate(paper, score, distance);
    }

    private static bool IsStopWord(string word) =>
        word is "a" or "an" or "the" or "of" or "for" or "in" or "on" or "and" or "to" or "with" or "via" or "is" or "by" or "from" or "at";

    private readonly record struct Candidate(Paper Paper, double Score, int Distance);
}
