namespace PaperDataset.Analyzers;

/// <summary>
/// An open-addressing hash table of paper indices that stores only each paper's hash: the caller keeps the keys (ranges
/// of the catalogue's keys text) and checks the candidates a hash yields. Filled once, then only read, from any thread.
/// </summary>
internal sealed class HashSlots
{
    private readonly int[] _papers;
    private readonly int[] _hashes;
    private readonly int _mask;
    private readonly int _shift;

    public HashSlots(int capacity)
    {
        // At most half full, so that probe sequences stay short.
        var (size, bits) = (4, 2);
        while (size < capacity * 2)
        {
            (size, bits) = (size * 2, bits + 1);
        }

        _papers = new int[size];
        _hashes = new int[size];
        _mask = size - 1;
        _shift = 32 - bits;
    }

    public void Add(int hash, int paper)
    {
        var slot = Home(hash);
        while (_papers[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _papers[slot] = paper + 1;
        _hashes[slot] = hash;
    }

    // Fibonacci hashing: the slot comes from the high bits of the hash times 2^32/φ, where every bit of the hash counts
    // (FNV-1a's low bits depend only on the low bits of the text's units, and would crowd some slots).
    private int Home(int hash) => (int)(unchecked((uint)hash * 2654435769u) >> _shift);

    /// <summary>The papers added with <paramref name="hash"/> (and no others), in the order they were added.</summary>
    public Candidates WithHash(int hash) => new(this, hash);

    /// <summary>Enumerates <see cref="WithHash"/>'s papers without allocating.</summary>
    public struct Candidates
    {
        private readonly HashSlots _slots;
        private readonly int _hash;
        private int _slot;

        public Candidates(HashSlots slots, int hash)
        {
            _slots = slots;
            _hash = hash;
            _slot = slots.Home(hash) - 1;
            Current = -1;
        }

        public int Current { get; private set; }

        public Candidates GetEnumerator() => this;

        public bool MoveNext()
        {
            while (true)
            {
                _slot = (_slot + 1) & _slots._mask;
                var paper = _slots._papers[_slot];
                if (paper == 0)
                {
                    return false;
                }

                if (_slots._hashes[_slot] == _hash)
                {
                    Current = paper - 1;
                    return true;
                }
            }
        }
    }
}
