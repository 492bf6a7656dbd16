using System;
using System.Collections.Generic;
using System.Linq;

namespace PaperDataset.Cli.Query;

/// <summary>
/// Orders search hits by a <see cref="PaperSort"/>. An order is a key and a direction; unknown (null) keys always come
/// last, and ties fall back to relevance, then newest, then id, so every order is total and deterministic.
/// </summary>
internal static class PaperOrder
{
    // Adding an order is a PaperSort member and one line here.
    private static readonly Dictionary<PaperSort, Func<IEnumerable<SearchHit>, IOrderedEnumerable<SearchHit>>> Keys = new()
    {
        [PaperSort.Relevance] = Descending(h => (double?)h.Score),
        [PaperSort.Date] = Descending(h => h.Paper.PublishedOn),
        [PaperSort.Comments] = Descending(h => h.Paper.CommentCount),
        [PaperSort.Upvotes] = Descending(h => h.Paper.Upvotes),
        [PaperSort.Title] = hits => hits.OrderBy(h => h.Paper.Title, StringComparer.OrdinalIgnoreCase),
        [PaperSort.Id] = hits => hits.OrderBy(h => h.Paper.Id.Value, StringComparer.Ordinal),
    };

    public static IOrderedEnumerable<SearchHit> Sort(IEnumerable<SearchHit> hits, PaperSort sort) =>
        Keys[sort](hits)
            .ThenByDescending(h => h.Score)
            .ThenBy(h => h.Paper.PublishedOn is null)
            .ThenByDescending(h => h.Paper.PublishedOn)
            .ThenBy(h => h.Paper.Id.Value, StringComparer.Ordinal);

    /// <summary>Biggest first, unknown last.</summary>
    private static Func<IEnumerable<SearchHit>, IOrderedEnumerable<SearchHit>> Descending<TKey>(Func<SearchHit, TKey?> key)
        where TKey : struct =>
        hits => hits.OrderBy(h => key(h) is null).ThenByDescending(key);
}
