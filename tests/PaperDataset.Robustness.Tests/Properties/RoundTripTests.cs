using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using PaperDataset.Generator.Emitting;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.TextCopy;
using PaperDataset.Sources.Text;
using PaperDataset.Testing;
using PaperDataset.Robustness.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Properties;

/// <summary>
/// Properties 2 and 3: hostile titles, abstracts and organisation names compile with zero errors and warnings and come back
/// character for character. Line endings (LF, CRLF, CR) and a leading BOM are not content; a wrapped line reads as one line
/// joined by a space; surrounding white space of a line is not content.
/// </summary>
public class RoundTripTests
{
    [Fact]
    public void Parsed_entries_are_the_generated_entries_exactly_with_their_lines_and_meta()
    {
        Property.Check("round-trip/parser", ScrapeDocument.Gen(20), 3000, document =>
        {
            var parsed = Pipeline.Parse(document.Text);

            parsed.Diagnostics.ShouldBeEmpty();
            parsed.Entries.Count.ShouldBe(document.Entries.Count);
            for (var i = 0; i < document.Entries.Count; i++)
            {
                var expected = document.Entries[i];
                var actual = parsed.Entries[i];
                actual.Title.ShouldBe(expected.Title);
                actual.Abstract.ShouldBe(expected.Abstract);
                actual.Position.LineNumber.ShouldBe(document.TitleLines[i]);
                ShouldMatch(actual, expected.Meta);
            }
        }, Print);
    }

    [Fact]
    public void The_emitted_catalogue_parses_without_syntax_errors_for_hostile_entries()
    {
        Property.Check("round-trip/emitted-syntax", ScrapeDocument.Gen(12), 1500, document =>
        {
            var (parsed, merged, files) = Pipeline.Run([new SourceDocument("/s/page.txt", document.Text, ScrapeDocument.CapturedOnText)]);

            parsed[0].Diagnostics.ShouldBeEmpty();
            merged.Catalogue.Papers.Select(paper => paper.Title).ShouldBe(document.Entries.Select(entry => entry.Title), ignoreOrder: true);
            Pipeline.SyntaxErrors(files).ShouldBeEmpty();
        }, Print);
    }

    [Fact]
    [Trait("Category", "Compile")]
    public void The_compiled_catalogue_returns_every_title_abstract_and_meta_exactly()
    {
        // 100 entries per compilation, over three files: compiling is the slow part, so each case checks many entries.
        var gen = Gen.Select(ScrapeDocument.EntriesGen(34, 0), ScrapeDocument.EntriesGen(33, 34), ScrapeDocument.EntriesGen(33, 67), Gen.Enum<LineEnding>(), Gen.Bool,
            (a, b, c, ending, bom) => new[] { ScrapeDocument.Build(a, ending, bom), ScrapeDocument.Build(b), ScrapeDocument.Build(c, LineEnding.CrLf, !bom) });

        Property.Check("round-trip/compiled", gen, 20, documents =>
        {
            // The storage in a resource, as the package's build task writes it; the properties through Pipeline cover literals.
            var run = GeneratorHarness.Run(
                documents.Select((document, i) => new Scrape($"/s/file{i}.txt", document.Text, ScrapeDocument.CapturedOnText)), GeneratorHarness.ResourceStorage);

            run.Diagnostics.ShouldAllBe(diagnostic => diagnostic.Id == "PDS009"); // long titles may share a cut slug: reported, both kept
            run.CompilationProblems.ShouldBeEmpty();
            var papers = run.LoadPapers().ToDictionary(paper => paper.Title);
            var entries = documents.SelectMany(document => document.Entries).ToList();
            papers.Count.ShouldBe(entries.Count);
            foreach (var entry in entries)
            {
                var paper = papers[entry.Title];
                paper.Abstract.ShouldBe(entry.Abstract);
                paper.PublishedOn.ShouldBe(entry.Meta?.PublishedOn(ScrapeDocument.CapturedOn));
                paper.AuthorCount.ShouldBe(entry.Meta?.AuthorCount);
                paper.CommentCount.ShouldBe(entry.Meta?.CommentCount);
                paper.Organization.ShouldBe(entry.Meta?.OrganizationHandle is null ? null : entry.Meta.OrganizationHandle + "|" + entry.Meta.OrganizationName);
            }
        }, documents => string.Join("\n---\n", documents.Select(document => document.Text.Length <= 4000 ? document.Text : document.Text.Substring(0, 4000))));
    }

    internal static void ShouldMatch(SourceEntry actual, MetaSpec? expected)
    {
        if (expected is null)
        {
            actual.Shown.ShouldBe(EntryFacts.None);
            return;
        }

        actual.ShouldHaveMeta();
        actual.AuthorCount.ShouldBe(expected.AuthorCount);
        actual.Organization.ShouldBe(expected.OrganizationHandle is null ? null : new OrganizationSpec(expected.OrganizationHandle, expected.OrganizationName!));
        actual.CommentCount.ShouldBe(expected.CommentCount);
        var date = expected.PublishedOn(ScrapeDocument.CapturedOn);
        actual.PublishedOn.ShouldBe(date is { } d ? new CalendarDate(d.Year, d.Month, d.Day) : null);
    }

    private static string Print(ScrapeDocument document) => document.Text.Length <= 4000 ? document.Text : document.Text.Substring(0, 4000) + "…";
}
