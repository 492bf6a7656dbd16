using System;
using System.Collections.Generic;
using System.Linq;
using PaperDataset.Generator.Emitting;
using Shouldly;
using Xunit;

namespace PaperDataset.Testing;

/// <summary>
/// Approved-file snapshots (Shouldly): Snapshots/{Class}.{Test}.{name}.approved.txt beside the test.
/// A mismatch writes a .received.txt file next to it; review the difference, then copy it over the approved one.
/// The generator's version is scrubbed, so a release does not change every snapshot.
/// </summary>
internal static class Snapshot
{
    private const string VersionPlaceholder = "{version}";

    public static void Match(string actual, string name) =>
        ScrubVersion(actual).ShouldMatchApproved(options => options
            .SubFolder("Snapshots")
            .WithDiscriminator(name)
            .WithFileExtension("txt")
            .DoNotIgnoreLineEndings()
            .NoDiff()
            .LocateTestMethodUsingAttribute<FactAttribute>());

    /// <summary>Replaces the version in <c>[GeneratedCode("PaperDataset.Generator", "1.0.0")]</c> with a placeholder.</summary>
    private static string ScrubVersion(string source) =>
        source.Replace(GeneratedCodeArguments(CatalogueEmitter.GeneratorVersion), GeneratedCodeArguments(VersionPlaceholder));

    private static string GeneratedCodeArguments(string version) => $"(\"{CatalogueEmitter.GeneratorName}\", \"{version}\")";

    /// <summary>Checks every snapshot before failing, so one run writes every .received file to review.</summary>
    public static void MatchAll(IEnumerable<(string Name, string Text)> snapshots)
    {
        var failures = new List<Exception>();
        foreach (var (name, text) in snapshots)
        {
            try
            {
                Match(text, name);
            }
            catch (ShouldAssertException exception)
            {
                failures.Add(exception);
            }
        }

        if (failures.Count > 0)
        {
            throw new ShouldAssertException(string.Join("\n\n", failures.Select(failure => failure.Message)));
        }
    }
}
