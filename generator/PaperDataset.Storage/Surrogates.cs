using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PaperDataset.Storage;

/// <summary>
/// Finds UTF-16 surrogates a vector at a time: nearly every stored string has none, and the storage and the summary both
/// look at every character of every string for them.
/// </summary>
internal static class Surrogates
{
    /// <summary>The index of the first surrogate (paired or not) in <paramref name="text"/>, or -1.</summary>
    // Optimised from its first call (MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not name):
    // unoptimised, each vector operation is a call, and a build runs this code only once.
    [MethodImpl((MethodImplOptions)512)]
    public static int IndexOfFirst(ReadOnlySpan<char> text)
    {
        var units = MemoryMarshal.Cast<char, ushort>(text);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<ushort>.Count;
            var first = new Vector<ushort>(0xD800);
            var range = new Vector<ushort>(0x800);
            for (; i + width <= units.Length; i += width)
            {
                // Unsigned: a unit below 0xD800 wraps round to a large difference.
                var offset = MemoryMarshal.Read<Vector<ushort>>(MemoryMarshal.AsBytes(units.Slice(i, width))) - first;
                if (!Vector.EqualsAll(Vector.LessThan(offset, range), Vector<ushort>.Zero))
                {
                    break;
                }
            }
        }

        for (; i < units.Length; i++)
        {
            if ((uint)(units[i] - 0xD800) < 0x800)
            {
                return i;
            }
        }

        return -1;
    }
}
