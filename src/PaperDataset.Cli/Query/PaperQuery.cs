using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace PaperDataset.Cli.Query;

/// <summary>
/// The filters shared by <c>search</c> and <c>export</c>; every filter given must hold (AND).
/// A paper whose date (or comment count) is unknown never passes a date (or comment) filter.
/// </summary>
internal sealed record PaperQuery
{
    public SearchExpression Text { get; init; } = SearchExpression.Empty;

    public SearchField Field { get; init; } = SearchField.All;

    /// <summary>Inclusive lower bound on <see cref="Paper.PublishedOn"/>.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Inclusive upper bound on <see cref="Paper.PublishedOn"/>.</summary>
    public DateOnly? Until { get; init; }

    public int? MinComments { get; init; }

    /// <summary>An organisation's handle or display name, compared ignoring case.</summary>
    public string? Organization { get; init; }

    public PaperSort Sort { get; init; } = PaperSort.Id;

    /// <summary>How many sorted results to skip before the page starts.</summary>
    public int Offset { get; init; }

    /// <summary>At most this many results on a page; null for all.</summary>
    public int? Limit { get; init; }

    public bool Matches(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        if (Since is { } since && !(paper.PublishedOn >= since))
        {
            return false;
        }

        if (Until is { } until && !(paper.PublishedOn <= until))
        {
            return false;
        }

        if (MinComments is { } minimum && !(paper.CommentCount >= minimum))
        {
            return false;
        }

        if (Organization is { } organization && !IsFrom(paper, organization))
        {
            return false;
        }

        return Text.IsEmpty || Text.Matches(PaperWords.Of(paper).In(Field).Select(f => f.Words).ToList());
    }

    /// <summary>Whether a paper was submitted under an organisation, named by its handle or its display name.</summary>
    public static bool IsFrom(Paper paper, string organization) =>
        string.Equals(paper.Organization?.Handle, organization, StringComparison.OrdinalIgnoreCase)
        || string.Equals(paper.Organization?.Name, organization, StringComparison.OrdinalIgnoreCase);

    /// <summary>Every matching paper of <paramref name="catalogue"/>, scored against it and sorted; no paging.</summary>
    public IReadOnlyList<SearchHit> Run(IReadOnlyList<Paper> catalogue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var relevance = Text.IsEmpty ? null : Relevance.For(Text, Field, catalogue);
        var hits = new List<SearchHit>();
        foreach (var paper in catalogue)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Matches(paper))
            {
                hits.Add(new SearchHit(paper, relevance?.Score(paper) ?? 0));
            }
        }

        return PaperOrder.Sort(hits, Sort).ToList();
    }

    /// <summary>The page of <paramref name="hits"/> that <see cref="Offset"/> and <see cref="Limit"/> select.</summary>
    public IReadOnlyList<SearchHit> Page(IReadOnlyList<SearchHit> hits) =>
        hits.Skip(Offset).Take(Limit ?? int.MaxValue).ToList();
}
