using System;
using System.IO;
using System.Linq;
using PaperDataset.Generator.Emitting;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Storage;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Generator.Tests.Emitting;

public class CatalogueEmitterTests
{
    /// <summary>
    /// A small hand-built model that touches every column: org, missing meta, several sources, Hub facts, text needing
    /// escapes and a lone surrogate (stored as UTF-16 units); with <paramref name="storageResource"/>, the storage is read
    /// from a resource of that name instead of literals.
    /// </summary>
    internal static CatalogueSpec Model(bool emitModel = true, bool emitHandles = true, string? storageResource = null)
    {
        var attention = new SourceEntry("Attention Is All You Need", "The dominant \"sequence\" models are C:\\complex.", default)
        {
            PublishedOn = new CalendarDate(2017, 6, 12),
            AuthorCount = 8,
            CommentCount = 3,
            ArxivId = "1706.03762",
            Authors = new[] { new AuthorSpec("Ashish Vaswani", "ashish"), new AuthorSpec("Noam Shazeer", null) }.ToEquatableArray(),
            Upvotes = 42,
            Keywords = new[] { "attention", "transformer" }.ToEquatableArray(),
        };
        var poincare = new SourceEntry("Poincaré ResNet", "Poincar\\'e ball */ #if DEBUG \u202Eevil\u202C 😀 \uD800 lone", default)
        {
            Organization = new OrganizationSpec("PEARLS-Lab", "PEARLS Lab"),
        };
        var merged = new MergedCatalogue(
            new[] { new MergedFile("/s/a.txt", "a.txt", new CalendarDate(2025, 11, 7), 0), new MergedFile("/s/b.txt", "b.txt", null, 1) }.ToEquatableArray(),
            new[]
            {
                new MergedPaper("attention-is-all-you-need", true, attention, new[] { new PaperSighting(0, 0, 13), new PaperSighting(1, 0, 40) }.ToEquatableArray()),
                new MergedPaper("poincare-resnet", false, poincare, new[] { new PaperSighting(1, 1, 9) }.ToEquatableArray()),
            }.ToEquatableArray(),
            EquatableArray<DiagnosticInfo>.Empty);
        return CatalogueSpecs.Build(merged, new CatalogueOptions("Sample.Data", "Catalogue", emitModel, emitHandles, storageResource));
    }

    [Fact]
    public void Emits_model_catalogue_storage_and_handles()
    {
        var files = CatalogueEmitter.Emit(Model());

        files.Select(file => file.HintName).ShouldBe(
            CatalogueEmitter.ModelTypeNames.Select(name => name + ".g.cs").Concat(["Catalogue.g.cs", "Catalogue.Storage.g.cs", "Catalogue.Known.g.cs", "Catalogue.Keys.g.cs"]));
        Snapshot.MatchAll(files.Where(file => file.HintName.StartsWith("Catalogue.", StringComparison.Ordinal) && file.HintName != "Catalogue.g.cs").Select(file => (file.HintName, file.Text)));
    }

    [Fact]
    public void With_the_storage_in_a_resource_only_the_code_that_reads_it_is_emitted()
    {
        var storage = CatalogueEmitter.Emit(Model(storageResource: "PaperDataset.Catalogue")).Single(file => file.HintName == "Catalogue.Storage.g.cs").Text;

        storage.ShouldNotContain("Attention Is All");
        Snapshot.Match(storage, "Catalogue.Storage.g.cs");
    }

    /// <summary>
    /// The templates are emitted as they are in the repository, where src/PaperDataset compiles every one of them (the
    /// catalogue's members through the generator, as every consumer does), so a consumer gets exactly what this repository
    /// compiles and tests: only the namespace line may differ, and the class name of the catalogue's members.
    /// </summary>
    [Fact]
    public void Every_template_is_emitted_verbatim_but_for_its_namespace_and_the_catalogue_name()
    {
        var emitted = CatalogueEmitter.Emit(Model()).ToDictionary(file => file.HintName, file => file.Text);
        var templates = Directory.GetFiles(Repository.PathOf("generator", "PaperDataset.Generator", "Templates"), "*.cs");
        string HintName(string path) =>
            Path.GetFileNameWithoutExtension(path) == CatalogueEmitter.CatalogueTemplateName ? "Catalogue.g.cs" : Path.GetFileNameWithoutExtension(path) + ".g.cs";

        templates.Select(HintName).ShouldBe(
            emitted.Keys.Where(name => !name.StartsWith("Catalogue.", StringComparison.Ordinal) || name == "Catalogue.g.cs"), ignoreOrder: true);
        foreach (var path in templates)
        {
            var template = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
            var output = emitted[HintName(path)].Split('\n');

            output.Length.ShouldBe(template.Length, path);
            var differences = template.Zip(output).Where(pair => pair.First != pair.Second).ToList();
            differences.ShouldBe(
                HintName(path) == "Catalogue.g.cs"
                    ? [("namespace PaperDataset;", "namespace Sample.Data;"), ("public static partial class Papers", "public static partial class Catalogue")]
                    : [("namespace PaperDataset;", "namespace Sample.Data;")],
                path);
        }
    }

    [Fact]
    public void Model_types_and_handles_can_be_switched_off()
    {
        CatalogueEmitter.Emit(Model(emitModel: false, emitHandles: false)).Select(file => file.HintName)
            .ShouldBe(["Catalogue.g.cs", "Catalogue.Storage.g.cs", "Catalogue.Keys.g.cs"]);
    }

    [Fact]
    public void Output_uses_lf_only()
    {
        // Determinism is checked where it can fail: the snapshots (across runs) and Robustness.Tests' DeterminismTests (across inputs).
        CatalogueEmitter.Emit(Model()).ShouldAllBe(file => !file.Text.Contains('\r'));
    }

    [Fact]
    public void Every_emitted_line_is_printable_ascii_so_no_input_can_hide_in_the_source()
    {
        foreach (var file in CatalogueEmitter.Emit(Model(emitModel: false)))
        {
            file.Text.Where(c => c != '\n' && c != '\uFEFF').ShouldAllBe(c => c >= ' ' && c <= '~', file.HintName);
        }
    }

    [Fact]
    public void Handles_are_automatic_up_to_the_limit_unless_set()
    {
        var automatic = new CatalogueOptions("N", "C", EmitModel: false, EmitHandles: null);

        automatic.ShouldEmitHandles(KnownHandles.Limit).ShouldBeTrue();
        automatic.ShouldEmitHandles(KnownHandles.Limit + 1).ShouldBeFalse();
        (automatic with { EmitHandles = true }).ShouldEmitHandles(KnownHandles.Limit + 1).ShouldBeTrue();
        (automatic with { EmitHandles = false }).ShouldEmitHandles(1).ShouldBeFalse();
    }

    [Theory]
    [InlineData(0, "\"u8;")]
    [InlineData(int.MaxValue, "MemoryMarshal.AsBytes")]
    public void Tables_written_as_u8_data_or_as_string_constants_compile_and_read_back_the_same(int tableStringBudget, string tableForm)
    {
        // Small catalogues fit the string budget, so only this test reaches the u8 form through the real loader.
        var files = CatalogueEmitter.Emit(Model(), tableStringBudget);
        var storage = files.Single(file => file.HintName == "Catalogue.Storage.g.cs").Text;
        storage.Split('\n').Where(line => line.Contains("Papers0 =>", StringComparison.Ordinal)).ShouldHaveSingleItem().ShouldContain(tableForm);
        var compilation = GeneratorHarness.CreateCompilation([.. files.Select(file => file.Text)]);
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);
        emit.Success.ShouldBeTrue(string.Join("\n", emit.Diagnostics));

        stream.Position = 0;
        var context = new System.Runtime.Loader.AssemblyLoadContext("tables", isCollectible: true);
        try
        {
            var all = ((System.Collections.IEnumerable)context.LoadFromStream(stream).GetType("Sample.Data.Catalogue", throwOnError: true)!
                .GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
            object? Read(object paper, string property) => paper.GetType().GetProperty(property)!.GetValue(paper);

            // Papers are in id order.
            all.Count.ShouldBe(2);
            var poincare = all[1];
            Read(poincare, "Id")!.ToString().ShouldBe("poincare-resnet");
            (Read(poincare, "Title"), Read(poincare, "Abstract"), Read(Read(poincare, "Organization")!, "Handle"))
                .ShouldBe(("Poincaré ResNet", "Poincar\\'e ball */ #if DEBUG \u202Eevil\u202C 😀 \uD800 lone", (object?)"PEARLS-Lab"));
            var attention = all[0];
            (Read(attention, "PublishedOn"), Read(attention, "AuthorCount"), Read(attention, "CommentCount"), ((System.Collections.ICollection)Read(attention, "Sources")!).Count)
                .ShouldBe(((object?)new DateOnly(2017, 6, 12), (object?)8, (object?)3, 2));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Text_is_split_into_chunks_no_larger_than_the_limit_and_only_reused_strings_are_looked_up()
    {
        var table = new TextTable();
        var big = new string('x', (PaperStorageLayout.ChunkLimit / 2) + 1);
        int[] indexes = [table.Add(big), table.Add(big + "y"), table.Add("small"), table.Add(big), table.Add("small", reuse: false)];

        indexes.ShouldBe([0, 1, 2, 0, 3]);
        table.Slots.Select(slot => (slot.Chunk, slot.Start)).ShouldBe([(0, 0), (1, 0), (1, (PaperStorageLayout.ChunkLimit / 2) + 2), (1, (PaperStorageLayout.ChunkLimit / 2) + 7)]);
        table.Chunks.Count.ShouldBe(2);
    }

    [Fact]
    public void A_string_longer_than_a_chunk_fills_a_chunk_of_its_own_even_after_an_empty_string()
    {
        var table = new TextTable();
        var huge = new string('é', PaperStorageLayout.ChunkLimit);

        int[] indexes = [table.Add(string.Empty), table.Add(huge), table.Add("after")];

        indexes.ShouldBe([0, 1, 2]);
        table.Slots.ShouldBe([new(0, 0, 0), new(0, 0, 2 * PaperStorageLayout.ChunkLimit), new(1, 0, 5)]);
        System.Text.Encoding.UTF8.GetString(table.Chunks[0]).ShouldBe(huge);
        System.Text.Encoding.UTF8.GetString(table.Chunks[1]).ShouldBe("after");
    }

    [Fact]
    public void A_string_utf8_cannot_carry_is_stored_as_its_utf16_units()
    {
        var table = new TextTable();

        var index = table.Add("a\uD800b");

        table.Slots[index].ShouldBe(new TextTable.StringSlot(PaperStorageLayout.StringColumn.Irregular, 0, 3));
        table.Units.Select(row => row.ShouldHaveSingleItem()).ShouldBe(['a', 0xD800, 'b']);
        table.Chunks.ShouldBeEmpty();
    }
}
