using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using PaperDataset.Generator.Emitting;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Storage;
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
    /// With the storage in a resource, the generated code carries the storage's fingerprint and the build task writes the
    /// storage itself: both must be byte-identical in any order, under any paths, with any line endings; and the task's
    /// storage must be the very storage the generator lays out where no task runs, with the fingerprint the code expects.
    /// </summary>
    [Fact]
    public void The_resource_storage_and_its_code_do_not_depend_on_file_order_paths_or_line_endings_and_agree_with_literals()
    {
        Property.Check("deterministic/resource", Case, 1000, testCase =>
        {
            var (files, order, directories, endings, boms) = testCase;
            var canonicalDocuments = files.Select((file, i) => new SourceDocument($"/s/{i}/{file.Name}", file.Text, file.Capture)).ToList();
            var variedDocuments = order.Select(i => new SourceDocument(directories[i] + files[i].Name, Relayout(files[i].Text, endings[i], boms[i]), files[i].Capture)).ToList();
            var canonical = Pipeline.Run(canonicalDocuments, GeneratorHarness.StorageResourceName);
            var varied = Pipeline.Run(variedDocuments, GeneratorHarness.StorageResourceName);

            varied.Files.Select(file => file.HintName).ShouldBe(canonical.Files.Select(file => file.HintName));
            foreach (var (expected, actual) in canonical.Files.Zip(varied.Files))
            {
                actual.Text.ShouldBe(expected.Text, actual.HintName);
            }

            var (image, fingerprint, summary) = TaskStorage(canonicalDocuments);
            var task = GeneratorHarness.ResourceBytes(image, fingerprint);
            var (variedImage, variedFingerprint, _) = TaskStorage(variedDocuments);
            GeneratorHarness.ResourceBytes(variedImage, variedFingerprint).ShouldBe(task);
            fingerprint.ShouldBe(canonical.Merged.Spec.Fingerprint);
            GeneratorHarness.ResourceBytes(CatalogueStorage.Build(canonical.Merged.Storage), fingerprint).ShouldBe(task);

            // The task's summary, through its UTF-8 file, gives the generator the spec and the diagnostics reading gives.
            var written = CatalogueSummaryFormat.TryRead(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(GeneratorHarness.SummaryText(summary))));
            written.ShouldBe(summary);
            CatalogueSpecs.Build(written!, Pipeline.Options with { StorageResource = GeneratorHarness.StorageResourceName }).ShouldBe(canonical.Merged.Spec);
            written!.Diagnostics.ShouldBe(canonical.Parsed.SelectMany(read => read.Diagnostics).Concat(canonical.Merged.Diagnostics));
        }, testCase => string.Join("\n---\n", testCase.Files.Select(file => $"{file.Name} {file.Capture}\n{file.Text}")));
    }

    private static CatalogueBuild TaskStorage(IEnumerable<SourceDocument> documents) =>
        CatalogueStorageBuilder.Build(documents.Select(document => new StorageSource(document.Path, document.CapturedOn, document.Format, () => document.Text)));

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
