using System.Collections.Immutable;
using System.Globalization;
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
    /// <param name="sources">The sources as this compilation's items declare them (<see cref="SummarySource.InPathOrder"/>).</param>
    /// <param name="options">The build's options.</param>
    public static SummaryChoice Of(ImmutableArray<SummaryFile> files, EquatableArray<SummarySource> sources, CatalogueOptions options)
    {
        if (files.IsEmpty || sources.Count == 0)
        {
            return None;
        }

        var summary = files[0].Summary;
        var reason =
            files.Length > 1 ? $"is given {files.Length.ToString(CultureInfo.InvariantCulture)} times"
            : summary is null ? "cannot be read (cut short, or written by another version of the package)"
            : options.StorageResource is null ? "is of no use where the storage is compiled into literals"
            : summary.Sources != sources ? "lists other files, or other item metadata, than the compilation has"
            : !summary.HasExcerpts && options.ShouldEmitHandles(summary.Papers.Count) ? "quotes no abstracts, and the handles' documentation does"
            : null;
        return reason is null
            ? new SummaryChoice(summary, EquatableArray<DiagnosticInfo>.Empty)
            : new SummaryChoice(null, new[] { DiagnosticInfo.Create(KnownDiagnostics.SummarySetAside, files[0].Path, default, sources.Count.ToString(CultureInfo.InvariantCulture), reason) }.ToEquatableArray());
    }
}
