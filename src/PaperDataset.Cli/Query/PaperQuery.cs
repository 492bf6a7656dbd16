using System;
using System.Collections.Generic;
using System.Linq;

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

    /// <summary>An organisation handle, compared ignoring case.</summary>
    public string? Organization { get; init; }

    public PaperSort Sort { get; init; } = PaperSort.Id;

    /// <summary>At most this many results; null for all.</summary>
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

        if (Organization is { } handle
            && !string.Equals(paper.Organization?.Handle, handle, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return Text.IsEmpty || Text.Matches(SearchableFields(paper));
    }

    /// <summary>Every matching paper, sorted; <see cref="Limit"/> not applied.</summary>
    public IReadOnlyList<Paper> Filter(IEnumerable<Paper> papers) => Order(papers.Where(Matches)).ToList();

    /// <summary>The matching papers, sorted and limited.</summary>
    public IReadOnlyList<Paper> Apply(IEnumerable<Paper> papers)
    {
        var ordered = Order(papers.Where(Matches));
        return (Limit is { } limit ? ordered.Take(limit) : ordered).ToList();
    }

    private IEnumerable<Paper> Order(IEnumerable<Paper> papers) => Sort switch
    {
        PaperSort.Date => papers
            .OrderBy(p => p.PublishedOn is null)
            .ThenByDescending(p => p.PublishedOn)
            .ThenBy(p => p.Id),
        PaperSort.Comments => papers
            .OrderBy(p => p.CommentCount is null)
            .ThenByDescending(p => p.CommentCount)
            .ThenByDescending(p => p.PublishedOn)
            .ThenBy(p => p.Id),
        PaperSort.Title => papers
            .OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Id),
        _ => papers.OrderBy(p => p.Id),
    };

    private IReadOnlyList<IReadOnlyList<string>> SearchableFields(Paper paper)
    {
        var words = PaperWords.Of(paper);
        return Field switch
        {
            SearchField.Title => [words.Title],
            SearchField.Abstract => [words.Abstract],
            _ => [words.Title, words.Abstract],
        };
    }
}
