using System.Linq;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Storage;

namespace PaperDataset.Generator.Emitting;

/// <summary>Turns the merged catalogue into what the emitter needs: handle names, keys, and the storage's fingerprint.</summary>
internal static class CatalogueSpecs
{
    /// <param name="merged">The merged catalogue.</param>
    /// <param name="options">The build's options.</param>
    public static CatalogueSpec Build(MergedCatalogue merged, CatalogueOptions options)
    {
        var handles = HandleNames.Unique(merged.Papers.Select(paper => paper.Id).ToList());
        var papers = merged.Papers.Select((paper, i) =>
            new PaperSpec(paper.Id, handles[i], paper.Facts.Title, paper.Facts.Abstract, paper.Facts.PublishedOn, paper.Facts.ArxivId));

        // Only a resource needs it; it reads every string of the catalogue.
        var fingerprint = options.StorageResource is null ? 0 : StorageFingerprint.Of(merged);

        // Without the merger's diagnostics: they are reported on their own, and a change in them must not re-emit the source.
        return new CatalogueSpec(options, papers.ToEquatableArray(), merged with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty }, fingerprint);
    }
}
