using System.Collections.Generic;
using System.Linq;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Storage;

namespace PaperDataset.Generator.Emitting;

/// <summary>
/// Turns a catalogue into what the emitter needs (handle names, keys, the storage's fingerprint): the merged catalogue the
/// generator read itself, or the build task's summary of the same, which give the same spec.
/// </summary>
internal static class CatalogueSpecs
{
    /// <param name="merged">The merged catalogue.</param>
    /// <param name="options">The build's options.</param>
    public static CatalogueSpec Build(MergedCatalogue merged, CatalogueOptions options)
    {
        var withHandles = options.ShouldEmitHandles(merged.Papers.Count);
        var papers = Papers(merged.Papers.Select(paper => SummaryPaper.Of(paper, withHandles)).ToList(), withHandles);

        // Without the merger's diagnostics: they are reported on their own, and a change in them must not re-emit the source.
        return options.StorageResource is null
            ? new CatalogueSpec(options, papers, merged.Files.Count, merged with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty }, 0)
            : new CatalogueSpec(options, papers, merged.Files.Count, null, StorageFingerprint.Of(merged));
    }

    /// <param name="summary">The build task's summary, of the sources this compilation has (<see cref="SummaryChoice"/>).</param>
    /// <param name="options">The build's options.</param>
    public static CatalogueSpec Build(CatalogueSummary summary, CatalogueOptions options)
    {
        var withHandles = options.ShouldEmitHandles(summary.Papers.Count);
        var papers = Papers(withHandles ? summary.Papers : summary.Papers.Select(paper => paper with { AbstractExcerpt = string.Empty }).ToList(), withHandles);
        return new CatalogueSpec(options, papers, summary.Sources.Count, null, summary.Fingerprint);
    }

    /// <summary>The papers' specs; without handles, their names are not worked out (at scale that is most of the spec's cost).</summary>
    private static EquatableArray<PaperSpec> Papers(IReadOnlyList<SummaryPaper> papers, bool withHandles)
    {
        var handles = withHandles ? HandleNames.Unique(papers.Select(paper => paper.Id).ToList()) : null;
        return papers.Select((paper, i) => new PaperSpec(paper.Id, handles?[i], paper.Title, paper.AbstractExcerpt, paper.PublishedOn, paper.ArxivId)).ToEquatableArray();
    }
}
