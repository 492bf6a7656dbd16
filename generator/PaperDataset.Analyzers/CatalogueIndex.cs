using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PaperDataset.Generator.Emitting;

namespace PaperDataset.Analyzers;

/// <summary>The kinds of string key a catalogue answers to.</summary>
internal enum KeyKind
{
    Id,
    Title,
    ArxivId,
}

/// <summary>
/// One catalogue's keys, indexed for the analyzer: ids and arXiv ids compared ordinally and titles with
/// <see cref="PaperTitleComparer"/>, exactly as the catalogue's own lookups compare them at run time. Each index is built on
/// its first use, so a compilation that only ever looks up ids never hashes a title.
/// </summary>
internal sealed class CatalogueIndex
{
    private readonly IReadOnlyList<CatalogueKey> _keys;
    private readonly Lazy<Dictionary<string, CatalogueKey>> _byId;
    private readonly Lazy<Dictionary<string, CatalogueKey>> _byTitle;
    private readonly Lazy<Dictionary<string, CatalogueKey>> _byArxivId;
    private readonly Lazy<string[]> _titleKeys;

    public CatalogueIndex(string catalogueFullName, bool hasHandles, IReadOnlyList<CatalogueKey> keys)
    {
        CatalogueFullName = catalogueFullName;
        HasHandles = hasHandles;
        _keys = keys;
        _byId = Index(() => keys.Select(key => (key.Id, key)), StringComparer.Ordinal);
        _byTitle = Index(() => keys.Select(key => (key.Title, key)), PaperTitleComparer.Instance);
        _byArxivId = Index(() => keys.Where(key => key.ArxivId is not null).Select(key => (key.ArxivId!, key)), StringComparer.Ordinal);
        _titleKeys = new Lazy<string[]>(() => keys.Select(key => PaperTitleComparer.Key(key.Title)).ToArray(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The catalogue class, e.g. <c>PaperDataset.Papers</c>.</summary>
    public string CatalogueFullName { get; }

    /// <summary>Every paper's keys, in id order.</summary>
    public IReadOnlyList<CatalogueKey> Keys => _keys;

    /// <summary>Whether the catalogue has a <c>Known</c> class with a handle per paper.</summary>
    public bool HasHandles { get; }

    public CatalogueKey? Find(KeyKind kind, string text) =>
        (kind switch { KeyKind.Id => _byId, KeyKind.Title => _byTitle, _ => _byArxivId }).Value.TryGetValue(text, out var key) ? key : null;

    /// <summary>
    /// The key closest to <paramref name="text"/> within a few edits (<see cref="EditDistance.LimitFor"/>); titles are compared by their normalised form. Only unknown keys pay for this.
    /// </summary>
    public CatalogueKey? Closest(KeyKind kind, string text, CancellationToken cancellationToken)
    {
        var probe = kind == KeyKind.Title ? PaperTitleComparer.Key(text) : text;
        var titleKeys = kind == KeyKind.Title ? _titleKeys.Value : null;
        var distances = new EditDistance(probe);
        var bestDistance = EditDistance.LimitFor(probe.Length) + 1;
        CatalogueKey? best = null;
        for (var i = 0; i < _keys.Count && bestDistance > 1; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var key = _keys[i];
            var candidate = kind switch { KeyKind.Id => key.Id, KeyKind.Title => titleKeys![i], _ => key.ArxivId };

            // Strictly closer only: ties go to the first in id order, so the answer does not depend on anything else.
            if (candidate is not null && distances.To(candidate, bestDistance - 1) is var distance && distance < bestDistance)
            {
                best = key;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static Lazy<Dictionary<string, CatalogueKey>> Index(Func<IEnumerable<(string Key, CatalogueKey Paper)>> entries, IEqualityComparer<string> comparer) =>
        new(
            () =>
            {
                var index = new Dictionary<string, CatalogueKey>(comparer);
                foreach (var (key, paper) in entries())
                {
                    // As the catalogue's own arXiv index: the last in id order wins (ids and titles are unique anyway).
                    index[key] = paper;
                }

                return index;
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
}
