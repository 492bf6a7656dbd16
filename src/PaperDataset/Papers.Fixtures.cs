using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace PaperDataset;

// Test fixtures: deterministic samples, selections and rows for data-driven tests ([MemberData] in xUnit,
// TestCaseSource in NUnit, DynamicData in MSTest). No test framework is referenced: rows are plain object arrays.
public static partial class Papers
{
    /// <summary>
    /// A deterministic random sample of <paramref name="count"/> distinct papers from <see cref="All"/>:
    /// the same seed gives the same papers in the same order, on every run, machine, runtime and operating system.
    /// </summary>
    /// <param name="count">How many papers to draw; from 0 to <see cref="Count"/>.</param>
    /// <param name="seed">Any integer; each seed gives its own sample.</param>
    /// <returns>The sampled papers, in the order they were drawn.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or larger than <see cref="Count"/>.</exception>
    /// <remarks>
    /// <para>
    /// The algorithm is a partial Fisher–Yates shuffle of the catalogue's indexes, driven by SplitMix64
    /// (Steele, Lea and Flood, 2014) seeded with the 64-bit sign extension of <paramref name="seed"/>; each index
    /// below a bound is drawn with Lemire's unbiased multiply-and-reject method. Neither <see cref="Random"/> nor
    /// any hash code is involved, so the sample does not change with the runtime.
    /// </para>
    /// <para>
    /// Two consequences: a smaller sample is a prefix of a larger one with the same seed
    /// (<c>Sample(3, s)</c> is the first three papers of <c>Sample(10, s)</c>), and a sample changes only when
    /// the catalogue itself does (a new version of the package with other papers).
    /// </para>
    /// </remarks>
    public static ImmutableArray<Paper> Sample(int count, int seed) => SampleFrom(All.AsSpan(), count, seed);

    /// <summary>
    /// A deterministic random sample of <paramref name="count"/> distinct papers among those that satisfy
    /// <paramref name="predicate"/>, drawn as <see cref="Sample(int, int)"/> draws from the whole catalogue.
    /// </summary>
    /// <param name="count">How many papers to draw; from 0 to the number of matching papers.</param>
    /// <param name="seed">Any integer; each seed gives its own sample.</param>
    /// <param name="predicate">Which papers may be drawn.</param>
    /// <returns>The sampled papers, in the order they were drawn.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or more papers than match.</exception>
    public static ImmutableArray<Paper> Sample(int count, int seed, Func<Paper, bool> predicate) =>
        SampleFrom(Where(predicate).AsSpan(), count, seed);

    /// <summary>The papers that satisfy <paramref name="predicate"/>, at most <paramref name="maxCount"/> of them, in catalogue order.</summary>
    /// <param name="predicate">Which papers to keep.</param>
    /// <param name="maxCount">The most papers to return (the first ones in catalogue order); all by default.</param>
    /// <returns>The matching papers, ordered by <see cref="Paper.Id"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCount"/> is negative.</exception>
    public static ImmutableArray<Paper> Where(Func<Paper, bool> predicate, int maxCount = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        var matches = ImmutableArray.CreateBuilder<Paper>();
        foreach (var paper in All)
        {
            if (matches.Count == maxCount)
            {
                break;
            }

            if (predicate(paper))
            {
                matches.Add(paper);
            }
        }

        return matches.ToImmutable();
    }

    /// <summary>
    /// Test-data rows with one <see cref="Paper"/> each, for <c>[MemberData]</c> (xUnit), <c>TestCaseSource</c> (NUnit)
    /// or <c>DynamicData</c> (MSTest): <c>public static IEnumerable&lt;object[]&gt; Data =&gt; Papers.AsTheoryData(Papers.Sample(5, 42));</c>
    /// </summary>
    /// <param name="papers">The papers, e.g. a <see cref="Sample(int, int)"/>, a <see cref="Where"/> selection or <see cref="All"/>.</param>
    /// <returns>One row per paper, in the given order; a new, fully materialised list on every call.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="papers"/> is null.</exception>
    public static IEnumerable<object[]> AsTheoryData(IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var rows = new List<object[]>();
        foreach (var paper in papers)
        {
            rows.Add([paper]);
        }

        return rows;
    }

    /// <summary>
    /// Rows with one <see cref="Paper"/> each for a deterministic <see cref="Sample(int, int)"/>; usable straight from the
    /// attribute: <c>[MemberData(nameof(Papers.AsTheoryData), 5, 42, MemberType = typeof(Papers))]</c>.
    /// </summary>
    /// <param name="count">How many papers to draw.</param>
    /// <param name="seed">The sample's seed.</param>
    /// <returns>One row per sampled paper, in draw order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or larger than <see cref="Count"/>.</exception>
    public static IEnumerable<object[]> AsTheoryData(int count, int seed) => AsTheoryData(Sample(count, seed));

    /// <summary>Rows with one <see cref="Paper"/> each for the papers that satisfy <paramref name="predicate"/> (see <see cref="Where"/>).</summary>
    /// <param name="predicate">Which papers to keep.</param>
    /// <param name="maxCount">The most rows to return (the first matches in catalogue order); all by default.</param>
    /// <returns>One row per matching paper, in catalogue order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCount"/> is negative.</exception>
    public static IEnumerable<object[]> AsTheoryData(Func<Paper, bool> predicate, int maxCount = int.MaxValue) =>
        AsTheoryData(Where(predicate, maxCount));

    /// <summary>
    /// Test-data rows with one paper id each, as a <see cref="string"/>. Test runners can serialise strings, so each row
    /// shows as its own test case (named after the id) in test explorers; the test gets its paper with
    /// <c>Papers.Get(new PaperId(id))</c>.
    /// </summary>
    /// <param name="papers">The papers whose ids make the rows.</param>
    /// <returns>One row per paper, in the given order; a new, fully materialised list on every call.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="papers"/> is null.</exception>
    public static IEnumerable<object[]> AsIdTheoryData(IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var rows = new List<object[]>();
        foreach (var paper in papers)
        {
            rows.Add([paper.Id.Value]);
        }

        return rows;
    }

    /// <summary>
    /// Rows with one paper id (a <see cref="string"/>) each for a deterministic <see cref="Sample(int, int)"/>; usable
    /// straight from the attribute: <c>[MemberData(nameof(Papers.AsIdTheoryData), 5, 42, MemberType = typeof(Papers))]</c>.
    /// </summary>
    /// <param name="count">How many papers to draw.</param>
    /// <param name="seed">The sample's seed.</param>
    /// <returns>One row per sampled paper, in draw order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or larger than <see cref="Count"/>.</exception>
    public static IEnumerable<object[]> AsIdTheoryData(int count, int seed) => AsIdTheoryData(Sample(count, seed));

    private static ImmutableArray<Paper> SampleFrom(ReadOnlySpan<Paper> population, int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, population.Length);
        var indexes = new int[population.Length];
        for (var i = 0; i < indexes.Length; i++)
        {
            indexes[i] = i;
        }

        var random = new SplitMix64(seed);
        var sample = new Paper[count];
        for (var i = 0; i < count; i++)
        {
            var j = i + (int)random.NextBelow((ulong)(indexes.Length - i));
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
            sample[i] = population[indexes[i]];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(sample);
    }

    /// <summary>
    /// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014): a 64-bit
    /// counter advanced by the golden-ratio increment and scrambled by two xor-shift-multiply rounds. Specified
    /// bit for bit, so its output is the same everywhere. Not for cryptography.
    /// </summary>
    private struct SplitMix64(int seed)
    {
        private ulong _state = unchecked((ulong)(long)seed);

        public ulong Next()
        {
            unchecked
            {
                var z = _state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }

        /// <summary>A uniform value in [0, bound), by Lemire's multiply-and-reject method (no modulo bias).</summary>
        public ulong NextBelow(ulong bound)
        {
            var high = Math.BigMul(Next(), bound, out var low);
            if (low < bound)
            {
                var threshold = unchecked(0UL - bound) % bound;
                while (low < threshold)
                {
                    high = Math.BigMul(Next(), bound, out low);
                }
            }

            return high;
        }
    }
}
