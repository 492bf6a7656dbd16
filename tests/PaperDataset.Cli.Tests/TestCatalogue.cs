using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PaperDataset.Cli.Catalogue;

namespace PaperDataset.Cli.Tests;

/// <summary>Hand-made papers, built in code the way a run-time source will build them, served as a catalogue.</summary>
internal sealed class TestCatalogue(IReadOnlyList<Paper> papers, params CatalogueDiagnostic[] diagnostics) : ICatalogueSource
{
    public IReadOnlyList<Paper> Papers { get; } = papers;

    public Task<CatalogueSnapshot> LoadAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new CatalogueSnapshot(Papers, diagnostics));

    public static Paper Paper(string title, string @abstract, DateOnly? publishedOn = null, int? comments = null) => new()
    {
        Id = PaperId.FromTitle(title),
        Title = title,
        Abstract = @abstract,
        PublishedOn = publishedOn,
        CommentCount = comments,
        Sources = [new PaperSource("hand-made.txt", 1, null)],
    };

    /// <summary><paramref name="count"/> words of filler that match no search in these tests.</summary>
    public static string Filler(int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(i => "filler" + ((char)('a' + (i % 26))).ToString()));
}
