using System;
using System.Collections.Generic;
using System.Linq;

namespace PaperDataset.Cli.Query;

/// <summary>
/// BM25F relevance of a paper to search text, over its title and abstract. A term counts more the rarer it is in the
/// catalogue (IDF), the more often it occurs (with diminishing returns, k1) and the shorter the field it occurs in is
/// than that field's average (b); a title occurrence weighs <see cref="TitleWeight"/> abstract occurrences, because a
/// title says what a paper is about while an abstract mentions much in passing.
/// </summary>
internal sealed class Relevance
{
    public const double TitleWeight = 3.0;
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly SearchExpression _text;
    private readonly SearchField _field;
    private readonly double[] _idf;
    private readonly double _averageTitle;
    private readonly double _averageAbstract;

    private Relevance(SearchExpression text, SearchField field, double[] idf, double averageTitle, double averageAbstract)
    {
        _text = text;
        _field = field;
        _idf = idf;
        _averageTitle = averageTitle;
        _averageAbstract = averageAbstract;
    }

    /// <summary>Collects the statistics the score needs (document frequencies, average field lengths) from the whole catalogue.</summary>
    public static Relevance For(SearchExpression text, SearchField field, IReadOnlyList<Paper> catalogue)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalogue);
        var words = catalogue.Select(PaperWords.Of).ToList();
        var idf = text.Terms
            .Select(term =>
            {
                var documents = words.Count(w => w.In(field).Any(f => term.IsFoundIn(f.Words)));
                return Math.Log(1 + ((catalogue.Count - documents + 0.5) / (documents + 0.5)));
            })
            .ToArray();
        return new Relevance(
            text,
            field,
            idf,
            words.Count == 0 ? 0 : words.Average(w => w.Title.Count),
            words.Count == 0 ? 0 : words.Average(w => w.Abstract.Count));
    }

    /// <summary>The paper's score: 0 when no term occurs in the searched fields, higher for a better match.</summary>
    public double Score(Paper paper)
    {
        var words = PaperWords.Of(paper);
        var score = 0.0;
        for (var i = 0; i < _text.Terms.Length; i++)
        {
            // BM25F: field frequencies, each normalised by its field's length and weighted, are summed before saturation.
            var frequency = 0.0;
            foreach (var (fieldWords, isTitle) in words.In(_field))
            {
                var count = _text.Terms[i].CountIn(fieldWords);
                if (count > 0)
                {
                    var average = isTitle ? _averageTitle : _averageAbstract;
                    var weight = isTitle ? TitleWeight : 1.0;
                    frequency += weight * count / (1 - B + (B * fieldWords.Count / Math.Max(average, 1)));
                }
            }

            score += _idf[i] * frequency * (K1 + 1) / (K1 + frequency);
        }

        return score;
    }
}
