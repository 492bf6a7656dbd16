using System;
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
/// <see cref="PaperTitleComparer"/>, exactly as the catalogue's own lookups compare them at run time. The keys stay in the
/// one string they were read from: ids are found by binary search (the text has them in ordinal order), titles and arXiv
/// ids through tables of hashes built on their first use, so a compilation that only ever looks up ids hashes nothing.
/// A paper is its index in <see cref="Keys"/>; -1 is none.
/// </summary>
internal sealed class CatalogueIndex
{
    private readonly Lazy<TitleIndex> _titles;
    private readonly Lazy<HashSlots> _arxivIds;

    public CatalogueIndex(CatalogueKeys keys)
    {
        Keys = keys;
        _titles = new Lazy<TitleIndex>(() => new TitleIndex(keys), LazyThreadSafetyMode.ExecutionAndPublication);
        _arxivIds = new Lazy<HashSlots>(IndexArxivIds, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The catalogue's keys, in id order.</summary>
    public CatalogueKeys Keys { get; }

    /// <summary>The catalogue class, e.g. <c>PaperDataset.Papers</c>.</summary>
    public string CatalogueFullName => Keys.CatalogueFullName;

    /// <summary>Whether the catalogue has a <c>Known</c> class with a handle per paper.</summary>
    public bool HasHandles => Keys.HasHandles;

    /// <summary>The paper with this key, or -1.</summary>
    public int Find(KeyKind kind, string text) => kind switch
    {
        KeyKind.Id => FindId(text),
        KeyKind.Title => _titles.Value.Find(text),
        _ => FindArxivId(text),
    };

    /// <summary>The paper's key of this kind, copied out of the keys' text; null for a paper without an arXiv id.</summary>
    public string? KeyOf(int paper, KeyKind kind)
    {
        var field = FieldOf(kind);
        return Keys.Length(paper, field) == 0 && kind == KeyKind.ArxivId ? null : Keys.Field(paper, field);
    }

    /// <summary>
    /// The paper whose key is closest to <paramref name="text"/> within a few edits (<see cref="EditDistance.LimitFor"/>), or -1;
    /// titles are compared by their normalised form. Only unknown keys pay for this.
    /// </summary>
    public int Closest(KeyKind kind, string text, CancellationToken cancellationToken)
    {
        var probe = kind == KeyKind.Title ? PaperTitleComparer.Key(text) : text;
        var titles = kind == KeyKind.Title ? _titles.Value : null;
        var field = FieldOf(kind);
        var distances = new EditDistance(probe);
        var bestDistance = EditDistance.LimitFor(probe.Length) + 1;
        var best = -1;
        for (var paper = 0; paper < Keys.Count && bestDistance > 1; paper++)
        {
            if ((paper & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (candidate, start, length) = titles?.Key(paper) is { } key
                ? (key, 0, key.Length)
                : (Keys.Text, Keys.Start(paper, field), Keys.Length(paper, field));

            // Strictly closer only: ties go to the first in id order, so the answer does not depend on anything else.
            if ((length > 0 || kind == KeyKind.Title) && distances.To(candidate, start, length, bestDistance - 1) is var distance && distance < bestDistance)
            {
                best = paper;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static KeyField FieldOf(KeyKind kind) => kind switch
    {
        KeyKind.Id => KeyField.Id,
        KeyKind.Title => KeyField.Title,
        _ => KeyField.ArxivId,
    };

    private int FindId(string id)
    {
        var (low, high) = (0, Keys.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = CatalogueKeys.CompareOrdinal(Keys.Text, Keys.Start(middle, KeyField.Id), Keys.Length(middle, KeyField.Id), id, 0, id.Length);
            if (order == 0)
            {
                return middle;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    private int FindArxivId(string arxivId)
    {
        // As the catalogue's own arXiv index: of papers sharing an arXiv id, the last in id order wins.
        var found = -1;
        foreach (var paper in _arxivIds.Value.WithHash(OrdinalHash(arxivId, 0, arxivId.Length)))
        {
            if (paper > found && CatalogueKeys.CompareOrdinal(Keys.Text, Keys.Start(paper, KeyField.ArxivId), Keys.Length(paper, KeyField.ArxivId), arxivId, 0, arxivId.Length) == 0)
            {
                found = paper;
            }
        }

        return found;
    }

    private HashSlots IndexArxivIds()
    {
        var slots = new HashSlots(Keys.Count);
        for (var paper = 0; paper < Keys.Count; paper++)
        {
            if (Keys.Length(paper, KeyField.ArxivId) > 0)
            {
                slots.Add(OrdinalHash(Keys.Text, Keys.Start(paper, KeyField.ArxivId), Keys.Length(paper, KeyField.ArxivId)), paper);
            }
        }

        return slots;
    }

    // FNV-1a over the UTF-16 code units.
    private static int OrdinalHash(string text, int start, int length)
    {
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            hash = unchecked((hash ^ text[i]) * 16777619u);
        }

        return unchecked((int)hash);
    }
}
