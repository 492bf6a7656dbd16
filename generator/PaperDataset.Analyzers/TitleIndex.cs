using System;
using PaperDataset.Generator.Emitting;

namespace PaperDataset.Analyzers;

/// <summary>
/// The catalogue's titles, found as <c>FindByTitle</c> finds them: by their <see cref="PaperTitleComparer"/> hash, which the
/// keys' text carries (so building the index reads no title), then by their key. A title's key is made the first time the
/// title is a candidate and kept, so that finding a title, once warm, reads the probe once and allocates nothing.
/// </summary>
internal sealed class TitleIndex
{
    // The probe's key: a buffer per thread, as the analyzer runs call sites concurrently.
    [ThreadStatic]
    private static char[]? t_probe;

    private readonly CatalogueKeys _keys;
    private readonly HashSlots _slots;

    // Written at most once per title, from any thread: every writer writes an equal string.
    private readonly string?[] _titleKeys;

    public TitleIndex(CatalogueKeys keys)
    {
        _keys = keys;
        _slots = new HashSlots(keys.Count);
        _titleKeys = new string?[keys.Count];
        for (var paper = 0; paper < keys.Count; paper++)
        {
            _slots.Add(keys.TitleHash(paper), paper);
        }
    }

    /// <summary>The paper whose title <c>FindByTitle</c> would find for <paramref name="title"/>, or -1.</summary>
    public int Find(string title)
    {
        var probe = t_probe ?? new char[128];
        var length = PaperTitleComparer.WriteKey(title, ref probe);
        t_probe = probe;

        // As a dictionary keyed by title would: of papers sharing a title, the last in id order wins.
        var found = -1;
        foreach (var paper in _slots.WithHash(PaperTitleComparer.Hash(probe, length)))
        {
            if (paper > found && IsKey(Key(paper), probe, length))
            {
                found = paper;
            }
        }

        return found;
    }

    /// <summary>The paper's title's key (<see cref="PaperTitleComparer.Key(string)"/>).</summary>
    public string Key(int paper)
    {
        if (_titleKeys[paper] is { } key)
        {
            return key;
        }

        var (text, start, length) = (_keys.Text, _keys.Start(paper, KeyField.Title), _keys.Length(paper, KeyField.Title));
        if (!PaperTitleComparer.IsAscii(text, start, length))
        {
            text = PaperTitleComparer.Normalize(text.Substring(start, length));
            (start, length) = (0, text.Length);
        }

        return _titleKeys[paper] = PaperTitleComparer.Key(text, start, length);
    }

    private static bool IsKey(string key, char[] probe, int length)
    {
        if (key.Length != length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (key[i] != probe[i])
            {
                return false;
            }
        }

        return true;
    }
}
