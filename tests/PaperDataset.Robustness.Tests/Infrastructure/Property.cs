using System;
using System.Globalization;
using CsCheck;

namespace PaperDataset.Robustness.Tests.Infrastructure;

/// <summary>
/// Runs CsCheck properties reproducibly. Every case has its own seed, derived from the property's fixed seed and the case
/// number, so the default run is the same on every machine; a failure names the seed that replays it. Environment:
/// <c>PAPERDATASET_PROPERTY_SCALE</c> multiplies the number of cases (e.g. 10), <c>PAPERDATASET_PROPERTY_SEED</c> (hex)
/// explores other cases, and <c>PAPERDATASET_PROPERTY_REPLAY</c> runs a single case by the seed a failure printed.
/// </summary>
public static class Property
{
    public const string ScaleVariable = "PAPERDATASET_PROPERTY_SCALE";
    public const string SeedVariable = "PAPERDATASET_PROPERTY_SEED";
    public const string ReplayVariable = "PAPERDATASET_PROPERTY_REPLAY";

    /// <summary>The case multiplier: 1 by default; fractions make quick runs (mutation testing uses 0.1).</summary>
    public static double Scale
    {
        get
        {
            var text = Environment.GetEnvironmentVariable(ScaleVariable);
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;
        }
    }

    /// <summary>The number of cases a property with <paramref name="baseCases"/> default cases runs (at least one).</summary>
    public static int Cases(int baseCases) => Math.Max(1, (int)Math.Round(baseCases * Scale));

    /// <summary>Checks <paramref name="assert"/> on <paramref name="baseCases"/> (times the scale) values of <paramref name="gen"/>.</summary>
    public static void Check<T>(string name, Gen<T> gen, int baseCases, Action<T> assert, Func<T, string>? print = null)
    {
        var replay = Environment.GetEnvironmentVariable(ReplayVariable);
        if (!string.IsNullOrWhiteSpace(replay))
        {
            Run(name, gen, replay.Trim(), assert, print);
            return;
        }

        var root = ulong.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : Fnv(name);
        var cases = Cases(baseCases);
        for (var i = 0; i < cases; i++)
        {
            Run(name, gen, SeedOf(root, i), assert, print);
        }
    }

    /// <summary>The seed of case <paramref name="index"/>, in CsCheck's own seed format.</summary>
    public static string SeedOf(ulong root, int index) => new PCG(1u, Mix(unchecked(root + (ulong)index))).ToString();

    private static void Run<T>(string name, Gen<T> gen, string seed, Action<T> assert, Func<T, string>? print)
    {
        try
        {
            gen.Sample(assert, seed: seed, iter: 1, threads: 1, print: print ?? Brief);
        }
        catch (Exception exception)
        {
            throw new PropertyFailedException(
                $"Property '{name}' failed for seed {seed}. Replay it with {ReplayVariable}={seed} (and a test filter on this test).", exception);
        }
    }

    private static string Brief<T>(T value)
    {
        var text = value?.ToString() ?? "null";
        return text.Length <= 2000 ? text : text.Substring(0, 2000) + "…";
    }

    private static ulong Fnv(string text)
    {
        var hash = 14695981039346656037ul;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 1099511628211ul);
        }

        return hash;
    }

    private static ulong Mix(ulong x)
    {
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ul);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBul);
        return x ^ (x >> 31);
    }
}

/// <summary>A property failed; the message names the seed that replays the failing case.</summary>
public sealed class PropertyFailedException(string message, Exception inner) : Exception(message + "\n" + inner.Message, inner);
