using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

// Compiled into each project that checks the generator's incremental steps (linked, not referenced), hence internal.
namespace PaperDataset.Testing;

/// <summary>The generator's tracked step names, for tests that check every step ran cached.</summary>
internal static class GeneratorSteps
{
    /// <summary>
    /// Every constant of the generator's internal TrackingNames, read by reflection so that a new step is covered without
    /// editing a list here, and by name so that projects without access to the generator's internals can use it too.
    /// </summary>
    public static IReadOnlyList<string> Tracked { get; } =
        Type.GetType("PaperDataset.Generator.TrackingNames, PaperDataset.Generator", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToArray();
}
