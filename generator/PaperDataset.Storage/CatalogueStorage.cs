using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PaperDataset.Sources.Model;
using static PaperDataset.PaperStorageLayout;

namespace PaperDataset.Storage;

/// <summary>
/// The catalogue's storage as <see cref="PaperStorageLayout"/> lays it out: its tables as chunks of digits and its text
/// as chunks of UTF-8. One image, two ways into the assembly: the build task writes it to a manifest resource
/// (<see cref="StorageResourceFormat"/>), or the generator compiles it into literals where no task runs.
/// </summary>
/// <param name="PaperCount">The number of papers.</param>
/// <param name="Tables">The chunks of each table, indexed as <see cref="Table"/> numbers them.</param>
/// <param name="Text">The text chunks, UTF-8 (the text table's own buffers: at scale they are most of the storage).</param>
internal sealed record StorageImage(int PaperCount, IReadOnlyList<IReadOnlyList<string>> Tables, IReadOnlyList<ArraySegment<byte>> Text);

/// <summary>Lays out a merged catalogue as a <see cref="StorageImage"/>. Pure: same catalogue, same bytes.</summary>
internal static class CatalogueStorage
{
    public static StorageImage Build(MergedCatalogue catalogue, CancellationToken cancellationToken = default)
    {
        var text = new TextTable();
        var fileRows = new List<int[]>(catalogue.Files.Count);
        foreach (var file in catalogue.Files)
        {
            var row = new int[FileColumn.Count];
            row[FileColumn.Name] = text.Add(file.FileName);
            row[FileColumn.CapturedOn] = Date(file.CapturedOn);
            fileRows.Add(row);
        }

        var organizations = new List<OrganizationSpec>();
        var organizationIndexes = new Dictionary<OrganizationSpec, int>();
        var paperRows = new List<int[]>(catalogue.Papers.Count);
        var sourceRows = new List<int[]>(catalogue.Papers.Count);
        var authorRows = new List<int[]>();
        var keywordRows = new List<int[]>();
        foreach (var paper in catalogue.Papers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var facts = paper.Facts;
            var organization = None;
            if (facts.Organization is { } spec && !organizationIndexes.TryGetValue(spec, out organization))
            {
                organization = organizations.Count;
                organizationIndexes.Add(spec, organization);
                organizations.Add(spec);
            }

            // Strings are numbered as they are added: title, id, abstract.
            var paperRow = new int[PaperColumn.Count];
            paperRow[PaperColumn.Title] = text.Add(facts.Title, reuse: false);
            paperRow[PaperColumn.Id] = IdIndex(text, paper, paperRow[PaperColumn.Title]);
            paperRow[PaperColumn.Abstract] = text.Add(facts.Abstract, reuse: false);
            paperRow[PaperColumn.PublishedOn] = Date(facts.PublishedOn);
            paperRow[PaperColumn.AuthorCount] = facts.AuthorCount ?? None;
            paperRow[PaperColumn.Organization] = organization;
            paperRow[PaperColumn.CommentCount] = facts.CommentCount ?? None;
            paperRow[PaperColumn.FirstSource] = sourceRows.Count;
            paperRow[PaperColumn.SourceCount] = paper.Sightings.Count;
            paperRow[PaperColumn.ArxivId] = Optional(text, facts.ArxivId);
            paperRow[PaperColumn.SubmittedOn] = Date(facts.SubmittedOn);
            paperRow[PaperColumn.FirstAuthor] = authorRows.Count;
            paperRow[PaperColumn.AuthorListCount] = facts.Authors.Count;
            paperRow[PaperColumn.Upvotes] = facts.Upvotes ?? None;
            paperRow[PaperColumn.GitHubRepository] = Optional(text, facts.GitHubRepository);
            paperRow[PaperColumn.GitHubStars] = facts.GitHubStars ?? None;
            paperRow[PaperColumn.ProjectPage] = Optional(text, facts.ProjectPage);
            paperRow[PaperColumn.FirstKeyword] = keywordRows.Count;
            paperRow[PaperColumn.KeywordCount] = facts.Keywords.Count;
            paperRow[PaperColumn.AiSummary] = facts.AiSummary is null ? None : text.Add(facts.AiSummary, reuse: false);
            paperRows.Add(paperRow);
            foreach (var author in facts.Authors)
            {
                var row = new int[AuthorColumn.Count];
                row[AuthorColumn.Name] = text.Add(author.Name);
                row[AuthorColumn.HubUser] = Optional(text, author.HubUser);
                authorRows.Add(row);
            }

            foreach (var keyword in facts.Keywords)
            {
                var row = new int[KeywordColumn.Count];
                row[KeywordColumn.Text] = text.Add(keyword);
                keywordRows.Add(row);
            }

            foreach (var sighting in paper.Sightings)
            {
                var row = new int[SourceColumn.Count];
                row[SourceColumn.File] = sighting.FileIndex;
                row[SourceColumn.Line] = sighting.Line;
                sourceRows.Add(row);
            }
        }

        var organizationRows = new List<int[]>(organizations.Count);
        foreach (var spec in organizations)
        {
            var row = new int[OrganizationColumn.Count];
            row[OrganizationColumn.Handle] = text.Add(spec.Handle);
            row[OrganizationColumn.Name] = text.Add(spec.Name);
            organizationRows.Add(row);
        }

        var stringRows = new List<int[]>(text.Slots.Count);
        foreach (var slot in text.Slots)
        {
            var row = new int[StringColumn.Count];
            row[StringColumn.Chunk] = slot.Chunk;
            row[StringColumn.Start] = slot.Start;
            row[StringColumn.Length] = slot.Length;
            stringRows.Add(row);
        }

        // In the order Table numbers them.
        var tables = new (IReadOnlyList<int[]> Rows, int Columns)[]
        {
            (stringRows, StringColumn.Count), (fileRows, FileColumn.Count), (organizationRows, OrganizationColumn.Count), (paperRows, PaperColumn.Count),
            (sourceRows, SourceColumn.Count), (authorRows, AuthorColumn.Count), (keywordRows, KeywordColumn.Count), (text.Units, UnitColumn.Count),
        };
        return new StorageImage(
            catalogue.Papers.Count,
            tables.Select(table => IntegerTable.Chunks(table.Rows, table.Columns)).ToList(),
            text.Chunks);
    }

    private static int Optional(TextTable text, string? value) => value is null ? None : text.Add(value);

    /// <summary>
    /// Most ids are the plain slug of an ASCII title, which the catalogue derives from the title on first read instead of
    /// storing it: ASCII is untouched by Unicode normalisation, so run time and build time agree on the slug.
    /// </summary>
    private static int IdIndex(TextTable text, MergedPaper paper, int titleIndex) =>
        paper.IdIsTitleSlug && paper.Facts.Title.All(c => c < 0x80) ? text.AddSlugOf(titleIndex) : text.Add(paper.Id);

    private static int Date(CalendarDate? date) => date?.ToYearMonthDay() ?? NoDate;
}
