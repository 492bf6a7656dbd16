using PaperDataset.Generator.Emitting;

namespace PaperDataset.Analyzers;

/// <summary>
/// The catalogue's titles, found as <c>FindByTitle</c> finds them: by their <see cref="PaperTitleComparer"/> hash, which the
/// keys' text carries (so building the index reads no title), then compared with the comparer. A title in ASCII is already
/// normalised and is compared where it is in the keys' text; any other is copied out and normalised the first time it is
/// compared, and kept, so that finding a title allocates nothing for normalised input once warm.
/// </summary>
internal sealed class TitleIndex
{
    private readonly CatalogueKeys _keys;
    private readonly HashSlots _slots;

    // Written at most once per title, from any thread: every writer writes an equal string.
    private readonly string?[] _normalized;

    public TitleIndex(CatalogueKeys keys)
    {
        _keys = keys;
        _slots = new HashSlots(keys.Count);
        _normalized = new string?[keys.Count];
        for (var paper = 0; paper < keys.Count; paper++)
        {
            _slots.Add(keys.TitleHash(paper), paper);
        }
    }

    /// <summary>The paper whose title <c>FindByTitle</c> would find for <paramref name="title"/>, or -1.</summary>
    public int Find(string title)
    {
        var probe = PaperTitleComparer.Normalize(title);

        // As a dictionary keyed by title would: of papers sharing a title, the last in id order wins.
        var found = -1;
        foreach (var paper in _slots.WithHash(PaperTitleComparer.Hash(probe)))
        {
            var (text, start, length) = Normalized(paper);
            if (paper > found && PaperTitleComparer.SameKey(text, start, length, probe, 0, probe.Length))
            {
                found = paper;
            }
        }

        return found;
    }

    /// <summary>Every title's key (<see cref="PaperTitleComparer.Key(string)"/>), in id order.</summary>
    public string[] Keys()
    {
        var keys = new string[_keys.Count];
        for (var paper = 0; paper < keys.Length; paper++)
        {
            var (text, start, length) = Normalized(paper);
            keys[paper] = PaperTitleComparer.Key(text, start, length);
        }

        return keys;
    }

    private (string Text, int Start, int Length) Normalized(int paper)
    {
        var (start, length) = (_keys.Start(paper, KeyField.Title), _keys.Length(paper, KeyField.Title));
        if (PaperTitleComparer.IsAscii(_keys.Text, start, length))
        {
            return (_keys.Text, start, length);
        }

        var normalized = _normalized[paper] ??= PaperTitleComparer.Normalize(_keys.Text.Substring(start, length));
        return (normalized, 0, normalized.Length);
    }
}
