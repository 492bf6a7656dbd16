using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PaperDataset.Cli.Cli;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Merging;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading;

namespace PaperDataset.Cli.Catalogue;

/// <summary>
/// Papers read from source files at run time (<c>--source</c>) with the generator's own reader and merger, so a folder of
/// fetched or captured files can be explored without a build, with the diagnostics the generator would report.
/// </summary>
/// <param name="paths">Files, or folders whose source files (any depth) are read.</param>
/// <param name="capturedOn">The capture date every file is given (<c>PaperDatasetCapturedOn</c>), as written; null for none.</param>
internal sealed class FileCatalogueSource(IReadOnlyList<string> paths, string? capturedOn) : ICatalogueSource
{
    public async Task<CatalogueSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var reads = new List<ReadResult>();
        foreach (var file in Files())
        {
            var text = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
            reads.Add(SourceReader.Read(new SourceDocument(file, text, capturedOn), cancellationToken));
        }

        var merged = CatalogueMerger.Merge(reads.ToImmutableArray(), cancellationToken);
        var diagnostics = reads.SelectMany(read => read.Diagnostics).Concat(merged.Diagnostics).Select(ToDiagnostic).ToList();
        return new CatalogueSnapshot(merged.Papers.Select(paper => ToPaper(paper, merged.Files)).ToList(), diagnostics);
    }

    private IEnumerable<string> Files()
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return path;
            }
            else if (Directory.Exists(path))
            {
                // Ordinal order: the merger's result does not depend on it, but diagnostics are printed in it.
                // A folder contributes the files with a source's extension; a file named explicitly is read whatever its name.
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(SourceFormatNames.HasSourceExtension)
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return file;
                }
            }
            else
            {
                throw new UsageException($"--source '{path}' is neither a file nor a folder.");
            }
        }
    }

    private static Paper ToPaper(MergedPaper merged, EquatableArray<MergedFile> files)
    {
        var facts = merged.Facts;
        return new Paper
        {
            Id = new PaperId(merged.Id),
            Title = facts.Title,
            Abstract = facts.Abstract,
            PublishedOn = Date(facts.PublishedOn),
            AuthorCount = facts.AuthorCount,
            Organization = facts.Organization is { } organization ? new PaperOrganization(organization.Handle, organization.Name) : null,
            CommentCount = facts.CommentCount,
            Sources = [.. merged.Sightings.Select(sighting => new PaperSource(files[sighting.FileIndex].FileName, sighting.Line, Date(files[sighting.FileIndex].CapturedOn)))],
            ArxivId = facts.ArxivId,
            SubmittedOn = Date(facts.SubmittedOn),
            Authors = [.. facts.Authors.Select(author => new PaperAuthor(author.Name, author.HubUser))],
            Upvotes = facts.Upvotes,
            GitHubRepository = facts.GitHubRepository,
            GitHubStars = facts.GitHubStars,
            ProjectPage = facts.ProjectPage,
            Keywords = [.. facts.Keywords],
            AiSummary = facts.AiSummary,
        };
    }

    private static DateOnly? Date(CalendarDate? date) => date is { } d ? new DateOnly(d.Year, d.Month, d.Day) : null;

    private static CatalogueDiagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var definition = KnownDiagnostics.Get(info.Id);
        var severity = definition.Level switch
        {
            DiagnosticLevel.Error => CatalogueDiagnosticSeverity.Error,
            DiagnosticLevel.Warning => CatalogueDiagnosticSeverity.Warning,
            _ => CatalogueDiagnosticSeverity.Info,
        };
        return info.FilePath.Length == 0
            ? new CatalogueDiagnostic(info.Id, severity, info.Message)
            : new CatalogueDiagnostic(info.Id, severity, info.Message, info.FilePath, info.Position.LineNumber);
    }
}
