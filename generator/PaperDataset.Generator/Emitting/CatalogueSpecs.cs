using System.Collections.Immutable;
using System.Linq;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;

namespace PaperDataset.Generator.Emitting;

/// <summary>Turns the merged catalogue into what the emitter needs: handle names, and the embedded bytes of each paper's text.</summary>
internal static class CatalogueSpecs
{
    /// <param name="merged">The merged catalogue.</param>
    /// <param name="scrapes">The merger's inputs, in the order it was given them, with their embedded byte ranges.</param>
    /// <param name="options">The build's options.</param>
    public static CatalogueSpec Build(MergedCatalogue merged, ImmutableArray<EmbeddedScrape> scrapes, CatalogueOptions options)
    {
        var files = merged.Files.Select(file => scrapes[file.InputIndex]).ToList();
        var handles = HandleNames.Unique(merged.Papers.Select(paper => paper.Id).ToList());
        var papers = merged.Papers.Select((paper, i) =>
        {
            var facts = paper.Facts;
            var shown = paper.Sightings[0];
            var bytes = files[shown.FileIndex].Entries is { Count: > 0 } entries ? entries[shown.EntryIndex] : default;
            return new PaperSpec(
                paper.Id,
                handles[i],
                facts.Title,
                facts.Abstract,
                facts.PublishedOn,
                facts.AuthorCount,
                facts.Organization,
                facts.CommentCount,
                paper.Sightings.Select(sighting => new SourceSpec(sighting.FileIndex, sighting.Line)).ToEquatableArray())
            {
                IdIsTitleSlug = paper.IdIsTitleSlug,
                TitleText = bytes.Title is { } title ? new EmbeddedText(shown.FileIndex, title) : null,
                AbstractText = bytes.Abstract is { } @abstract ? new EmbeddedText(shown.FileIndex, @abstract) : null,
                Hub = new HubFactsSpec(
                    facts.ArxivId,
                    facts.SubmittedOn,
                    facts.Authors,
                    facts.Upvotes,
                    facts.GitHubRepository,
                    facts.GitHubStars,
                    facts.ProjectPage,
                    facts.Keywords,
                    facts.AiSummary),
            };
        });

        return new CatalogueSpec(
            options,
            merged.Files.Select((file, i) => new FileSpec(file.FileName, file.CapturedOn, files[i].Resource)).ToEquatableArray(),
            papers.ToEquatableArray());
    }
}
