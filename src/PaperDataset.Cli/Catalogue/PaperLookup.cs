using System;
using System.Collections.Generic;
using System.Linq;

namespace PaperDataset.Cli.Catalogue;

/// <summary>
/// Finds the paper a user means by an id or a title among any list of papers (the compiled catalogue or one read at
/// run time), and suggests ids for near misses.
/// </summary>
internal sealed class PaperLookup
{
    public const int MaxSuggestions = 5;

    private readonly IReadOnlyList<Paper> _papers;
    private readonly Dictionary<string, Paper> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Paper> _byTitle = new(PaperTitleComparer.Instance);
    private readonly Dictionary<string, Paper> _byArxivId = new(StringComparer.Ordinal);
    private readonly string[] _sortedIds;

    public PaperLookup(IReadOnlyList<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        _papers = papers;
        foreach (var paper in papers)
        {
            _byId.TryAdd(paper.Id.Value, paper);
            _byTitle.TryAdd(paper.Title, paper);
            if (paper.ArxivId is { } arxivId)
            {
                _byArxivId.TryAdd(arxivId, paper);
            }
        }

        _sortedIds = _byId.Keys.Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Resolves, in order: an exact id; a title (normalised as <see cref="PaperTitleComparer"/> does); an arXiv id, or a
    /// Hub or arXiv page of one (<see cref="ArxivReference"/>); the text's slug as an id (a title typed with other
    /// punctuation); an id prefix (ambiguous when several ids have it).
    /// </summary>
    public LookupResult Find(string idOrTitle)
    {
        ArgumentNullException.ThrowIfNull(idOrTitle);
        var text = idOrTitle.Trim();
        if (text.Length == 0)
        {
            return LookupResult.None;
        }

        if (_byId.TryGetValue(text, out var paper) || _byTitle.TryGetValue(text, out paper))
        {
            return new LookupResult(paper, []);
        }

        if (ArxivReference.TryParse(text, out var arxivId))
        {
            return _byArxivId.TryGetValue(arxivId, out paper) ? new LookupResult(paper, []) : LookupResult.None;
        }

        var slug = PaperId.FromTitle(text).Value;
        if (slug.Length == 0)
        {
            return LookupResult.None;
        }

        if (_byId.TryGetValue(slug, out paper))
        {
            return new LookupResult(paper, []);
        }

        var byPrefix = WithIdPrefix(slug);
        return byPrefix.Count switch
        {
            0 => LookupResult.None,
            1 => new LookupResult(byPrefix[0], []),
            _ => new LookupResult(null, byPrefix),
        };
    }

    private List<Paper> WithIdPrefix(string prefix)
    {
        // The ids are sorted, so those with the prefix are one run starting where the prefix would be inserted.
        var index = Array.BinarySearch(_sortedIds, prefix, StringComparer.Ordinal);
        var papers = new List<Paper>();
        for (var i = index < 0 ? ~index : index; i < _sortedIds.Length && _sortedIds[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            papers.Add(_byId[_sortedIds[i]]);
        }

        return papers;
    }

    /// <summary>
    /// The papers closest to what was typed, best first. A paper scores for an id it is a typo away from
    /// (whole, or the start of it: "yolo-v9"), then for each word it shares with the text (a word one
    /// edit away counts less), ignoring little words such as "of"; papers that score nothing are not suggested.
    /// </summary>
    public IReadOnlyList<Paper> Suggest(string idOrTitle, int count = MaxSuggestions)
    {
        ArgumentNullException.ThrowIfNull(idOrTitle);
        var slug = PaperId.FromTitle(idOrTitle).Value;
        if (slug.Length == 0)
        {
            return [];
        }

        var words = slug.Split('-').Where(w => !IsStopWord(w)).Distinct(StringComparer.Ordinal).ToList();
        return _papers
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
