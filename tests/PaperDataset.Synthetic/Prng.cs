namespace PaperDataset.Synthetic;

/// <summary>SplitMix64: tiny, fast and the same on every machine (integer arithmetic only).</summary>
internal sealed class Prng
{
    private ulong _state;

    public Prng(ulong seed) => _state = seed;

    /// <summary>A seed for an independent stream: the root seed, a stream kind and an index, mixed.</summary>
    public static ulong Derive(ulong root, ulong stream, ulong index) =>
        Mix(Mix(root ^ (stream * 0xD6E8FEB86659FD93UL)) + (index * 0x9E3779B97F4A7C15UL));

    public static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    public ulong NextUInt64() => Mix(_state = unchecked(_state + 0x9E3779B97F4A7C15UL));

    /// <summary>A number in [0, <paramref name="count"/>).</summary>
    public int Next(int count) => (int)(((NextUInt64() >> 32) * (ulong)count) >> 32);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>True with probability <paramref name="p"/>; exact IEEE arithmetic, so the same everywhere.</summary>
    public bool Chance(double p) => p > 0 && (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < p;

    public T Pick<T>(T[] items) => items[Next(items.Length)];
}
