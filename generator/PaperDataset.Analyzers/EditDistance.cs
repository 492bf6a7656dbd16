using System;

namespace PaperDataset.Analyzers;

/// <summary>
/// Edit distance (insertions, deletions, substitutions and swaps of neighbours) from one probe string to many candidates,
/// given up as soon as it must exceed a limit: only the diagonal band the limit allows is computed, and a row whose every
/// cell is over the limit ends the comparison. The rows are allocated once per probe.
/// </summary>
internal sealed class EditDistance
{
    private readonly string _probe;
    private int[] _previous;
    private int[] _current;
    private int[] _beforePrevious;

    public EditDistance(string probe)
    {
        _probe = probe;
        _previous = new int[probe.Length + 1];
        _current = new int[probe.Length + 1];
        _beforePrevious = new int[probe.Length + 1];
    }

    /// <summary>How many edits still count as "near" for a key of this length: a fifth of it, between 1 and 8.</summary>
    public static int LimitFor(int length) => Math.Max(1, Math.Min(8, length / 5));

    /// <summary>
    /// The distance to the candidate, <paramref name="length"/> characters of <paramref name="text"/> from
    /// <paramref name="start"/>, or <paramref name="limit"/> + 1 when it is more than <paramref name="limit"/>.
    /// </summary>
    public int To(string text, int start, int length, int limit)
    {
        var probe = _probe;
        if (limit < 0 || Math.Abs(probe.Length - length) > limit)
        {
            return limit + 1;
        }

        var over = limit + 1;
        for (var j = 0; j <= probe.Length; j++)
        {
            _previous[j] = j <= limit ? j : over;
        }

        for (var i = 1; i <= length; i++)
        {
            var from = Math.Max(1, i - limit);
            var to = Math.Min(probe.Length, i + limit);
            _current[0] = i <= limit ? i : over;
            if (from > 1)
            {
                _current[from - 1] = over;
            }

            var rowMinimum = _current[0];
            for (var j = from; j <= to; j++)
            {
                var cost = text[start + i - 1] == probe[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(_previous[j] + 1, _current[j - 1] + 1), _previous[j - 1] + cost);
                if (i > 1 && j > 1 && text[start + i - 1] == probe[j - 2] && text[start + i - 2] == probe[j - 1])
                {
                    best = Math.Min(best, _beforePrevious[j - 2] + 1);
                }

                _current[j] = Math.Min(best, over);
                rowMinimum = Math.Min(rowMinimum, _current[j]);
            }

            if (to < probe.Length)
            {
                _current[to + 1] = over;
            }

            if (rowMinimum > limit)
            {
                return over;
            }

            (_beforePrevious, _previous, _current) = (_previous, _current, _beforePrevious);
        }

        return Math.Min(_previous[probe.Length], over);
    }
}
