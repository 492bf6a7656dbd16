using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Model;
using PaperDataset.Storage;

namespace PaperDataset.Generator;

/// <summary>An AdditionalFile marked as the build task's catalogue summary: its path, and the summary it holds (null when none).</summary>
internal sealed record SummaryFile(string Path, CatalogueSummary? Summary);

/// <summary>
/// The build task's catalogue summary the generator takes instead of reading the sources (<see cref="Served"/>), or, when
/// there is one it cannot take, why (PDS024). Neither in the IDE and in hosts without the build task: there is no summary.
/// </summary>
internal sealed record SummaryChoice(CatalogueSummary? Served, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly SummaryChoice None = new(null, EquatableArray<DiagnosticInfo>.Empty);

    /// <param name="files">The AdditionalFiles marked as a summary (the package's targets add one).</param>
    /// <param name="sources">The sources as this compilation's items declare them, at the compiler's paths.</param>
    /// <param name="options">The build's options.</param>
    public static SummaryChoice Of(ImmutableArray<SummaryFile> files, ImmutableArray<SummarySource> sources, CatalogueOptions options)
    {
        if (files.IsEmpty || sources.IsEmpty)
        {
            return None;
        }

        var summary = files[0].Summary;
        var own = ByPathKey(sources);
        var reason =
            files.Length > 1 ? $"is given {files.Length.ToString(CultureInfo.InvariantCulture)} times"
            : summary is null ? "cannot be read (cut short, or written by another version of the package)"
            : options.StorageResource is null ? "is of no use where the storage is compiled into literals"
            : own is null || !IsOf(summary, own) ? "lists other files, or other item metadata, than the compilation has"
            : !summary.HasExcerpts && options.ShouldEmitHandles(summary.Papers.Count) ? "quotes no abstracts, and the handles' documentation does"
            : null;
        return reason is null
            ? new SummaryChoice(AtOwnPaths(summary!, own!), EquatableArray<DiagnosticInfo>.Empty)
            : new SummaryChoice(null, new[] { DiagnosticInfo.Create(KnownDiagnostics.SummarySetAside, files[0].Path, default, sources.Length.ToString(CultureInfo.InvariantCulture), reason) }.ToEquatableArray());
    }

    /// <summary>The sources by <see cref="SummarySource.PathKey"/>; null when two share one (a file listed twice).</summary>
    private static Dictionary<string, SummarySource>? ByPathKey(ImmutableArray<SummarySource> sources)
    {
        var byKey = new Dictionary<string, SummarySource>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var key = SummarySource.PathKey(source.Path);
            if (byKey.ContainsKey(key))
            {
                return null;
            }

            byKey.Add(key, source);
        }

        return byKey;
    }

    private static bool IsOf(CatalogueSummary summary, Dictionary<string, SummarySource> own) =>
        summary.Sources.Count == own.Count
        && summary.Sources.All(source => own.TryGetValue(SummarySource.PathKey(source.Path), out var ownSource)
            && ownSource.CapturedOn == source.CapturedOn && ownSource.Format == source.Format);

    /// <summary>The summary with its diagnostics at the paths the compiler knows the files by, as reading them gives.</summary>
    private static CatalogueSummary AtOwnPaths(CatalogueSummary summary, Dictionary<string, SummarySource> own) =>
        summary with
        {
            Diagnostics = summary.Diagnostics
                .Select(diagnostic => own.TryGetValue(SummarySource.PathKey(diagnostic.FilePath), out var source) ? diagnostic with { FilePath = source.Path } : diagnostic)
                .ToEquatableArray(),
        };
}
