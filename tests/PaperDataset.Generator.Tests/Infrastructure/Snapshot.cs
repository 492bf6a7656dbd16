using System;
using System.Collections.Generic;
using System.Linq;
using Shouldly;
using Xunit;

namespace PaperDataset.Generator.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots (Shouldly): Snapshots/{Class}.{Test}.{name}.approved.txt beside the test.
/// A mismatch writes a .received.txt file next to it; review the difference, then copy it over the approved one.
/// </summary>
public static class Snapshot
{
    public static void Match(string actual, string name) =>
        actual.ShouldMatchApproved(options => options
            .SubFolder("Snapshots")
            .WithDiscriminator(name)
            .WithFileExtension("txt")
            .DoNotIgnoreLineEndings()
            .NoDiff()
            .LocateTestMethodUsingAttribute<FactAttribute>());

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
