using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using PaperDataset.Generator.Emitting;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Properties;

/// <summary>Property 5: the same files in any order, under any paths, with any line endings, give byte-identical sources.</summary>
public class DeterminismTests
{
    private static readonly string[] Names = ["a.txt", "b.txt", "page.txt", "2025-11-07.txt"];
    private static readonly string[] Captures = ["2025-11-07", "2025-03-11", "2024-11-07"];

    /// <summary>A corpus: files drawn from a shared pool of entries (so papers repeat across files), names that may repeat.</summary>
    private static readonly Gen<(string Name, string Capture, string Text)[]> Corpus =
        from pool in ScrapeDocument.EntriesGen(12)
        from files in Gen.Select(Gen.OneOf(Names), Gen.OneOf(Captures), Gen.Int[0, 11].Array[1, 6], Gen.Bool).Array[1, 4]
        from twin in ScrapeGen.Meta.Array[12]
        select files.SelectMany((file, i) =>
        {
            var entries = file.Item3.Distinct().Select(index => pool[index]).ToArray();
            var copy = (file.Item1, file.Item2, ScrapeDocument.Build(entries).Text);
            // A twin: same name, capture date, titles and lines, different meta blocks. Only its content tells it apart.
            return file.Item4 && i == 0
                ? [copy, (file.Item1, file.Item2, ScrapeDocument.Build(entries.Select((entry, k) => entry with { Meta = twin[k] }).ToArray()).Text)]
                : new[] { copy };
        }).ToArray();

    private static readonly Gen<((string Name, string Capture, string Text)[] Files, int[] Order, string[] Directories, LineEnding[] Endings, bool[] Boms)> Case =
        from corpus in Corpus
        from order in Gen.Shuffle(Enumerable.Range(0, corpus.Length).ToArray())
        from directories in Gen.OneOf("/scrapes/", "/home/x/other/", "C:\\Users\\x\\scrapes\\", "", "../data/", "/deep/a/b/c/").Array[corpus.Length]
        from endings in Gen.Enum<LineEnding>().Array[corpus.Length]
        from boms in Gen.Bool.Array[corpus.Length]
        select (corpus, order, directories, endings, boms);

    [Fact]
    public void Generated_sources_do_not_depend_on_file_order_paths_or_line_endings()
    {
        Property.Check("deterministic/pipeline", Case, 1500, testCase =>
        {
            var (files, order, directories, endings, boms) = testCase;
            var canonical = Pipeline.Run(files.Select((file, i) => new SourceDocument($"/s/{i}/{file.Name}", file.Text, file.Capture)));
            var varied = Pipeline.Run(order.Select(i => new SourceDocument(
                directories[i] + files[i].Name, Relayout(files[i].Text, endings[i], boms[i]), files[i].Capture)));

            varied.Files.Select(file => file.HintName).ShouldBe(canonical.Files.Select(file => file.HintName));
            foreach (var (expected, actual) in canonical.Files.Zip(varied.Files))
            {
                actual.Text.ShouldBe(expected.Text, actual.HintName);
            }
        }, testCase => string.Join("\n---\n", testCase.Files.Select(file => $"{file.Name} {file.Capture}\n{file.Text}")));
    }

    /// <summary>
    /// Embedded, a file's titles and abstracts are byte ranges of its resource, which move with its line endings and BOM; so
    /// each file keeps its bytes and its resource name (the package's targets derive it from the project's item) while the
    /// order changes and the whole tree moves elsewhere, as in another clone. The tree moves as one: copies of a file that
    /// differ only in line endings, under the same name and capture date, are ordered by path (the merger reads no bytes).
    /// </summary>
    [Fact]
    public void Embedded_files_give_byte_identical_sources_in_any_order_and_wherever_the_tree_lies()
    {
        Property.Check("deterministic/embedded", Case, 1500, testCase =>
        {
            var (files, order, directories, endings, boms) = testCase;
            var texts = files.Select((file, i) => Relayout(file.Text, endings[i], boms[i])).ToArray();
            var resources = files.Select((file, i) => $"PaperDataset.Scrape:scrapes/{i}/{file.Name}").ToArray();
            var canonical = Pipeline.Run(files.Select((file, i) => new ScrapeSource(new SourceDocument($"/s/{i}/{file.Name}", texts[i], file.Capture), resources[i])));
            var varied = Pipeline.Run(order.Select(i => new ScrapeSource(new SourceDocument($"{directories[0]}{i}/{files[i].Name}", texts[i], files[i].Capture), resources[i])));

            // The case is about the embedded path: it is taken whenever UTF-8 can carry a file (a lone surrogate keeps a file out).
            canonical.Merged.Catalogue.Files.Any(file => file.Resource is not null).ShouldBe(texts.Any(Escaping.IsWellFormed));
            varied.Files.Select(file => file.HintName).ShouldBe(canonical.Files.Select(file => file.HintName));
            foreach (var (expected, actual) in canonical.Files.Zip(varied.Files))
            {
                actual.Text.ShouldBe(expected.Text, actual.HintName);
            }
        }, testCase => string.Join("\n---\n", testCase.Files.Select(file => $"{file.Name} {file.Capture}\n{file.Text}")));
    }

    [Fact]
    [Trait("Category", "Compile")]
    public void The_real_generator_gives_byte_identical_sources_and_the_same_catalogue_order()
    {
        Property.Check("deterministic/generator", Case, 4, testCase =>
        {
            var (files, order, directories, endings, boms) = testCase;
            var first = GeneratorHarness.Run(files.Select((file, i) => new Scrape($"/s/{i}/{file.Name}", file.Text, file.Capture)));
            var second = GeneratorHarness.Run(order.Select(i => new Scrape(directories[i] + files[i].Name, Relayout(files[i].Text, endings[i], boms[i]), files[i].Capture)));

            second.HintNames.ShouldBe(first.HintNames);
            foreach (var name in first.HintNames)
            {
                second.Source(name).ShouldBe(first.Source(name), name);
            }

            second.LoadPapers().Select(paper => paper.Id).ShouldBe(first.LoadPapers().Select(paper => paper.Id));
        });
    }

    private static string Relayout(string text, LineEnding ending, bool bom)
    {
        var newline = ending switch { LineEnding.CrLf => "\r\n", LineEnding.Cr => "\r", _ => "\n" };
        return (bom ? "\uFEFF" : string.Empty) + text.Replace("\n", newline, StringComparison.Ordinal);
    }
}
