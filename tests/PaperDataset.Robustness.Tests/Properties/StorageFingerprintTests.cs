using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using CsCheck;
using PaperDataset.Sources.Model;
using PaperDataset.Storage;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Properties;

/// <summary>
/// The loader trusts a storage resource whose fingerprint matches the code's, so the fingerprint must cover everything the
/// storage is laid out from: whenever one field of a merged catalogue changes the storage, it changes the fingerprint. The
/// fields are found by reflection (every property of a file, a paper and its facts), so a field added to the model and to
/// the storage but not to <see cref="StorageFingerprint"/> fails here.
/// </summary>
public class StorageFingerprintTests
{
    private static readonly Gen<(string Capture, string Text)[]> Corpus =
        from pool in ScrapeDocument.EntriesGen(8)
        from files in Gen.Select(Gen.OneOf("2025-11-07", "2024-03-11"), Gen.Int[0, 7].Array[1, 5]).Array[1, 3]
        select files.Select(file => (file.Item1, ScrapeDocument.Build(file.Item2.Distinct().Select(index => pool[index]).ToArray()).Text)).ToArray();

    [Fact]
    public void Every_field_that_changes_the_storage_changes_the_fingerprint()
    {
        var changedStorage = new HashSet<string>();
        Property.Check("storage-fingerprint/complete", Gen.Select(Corpus, Gen.Int[0, int.MaxValue]), 150, input =>
        {
            var (files, pick) = input;
            var catalogue = Pipeline.Run(files.Select((file, i) => new SourceDocument($"/s/{i}.txt", file.Text, file.Capture))).Merged.Storage;
            if (catalogue.Papers.Count == 0)
            {
                return;
            }

            var storage = Bytes(catalogue);
            var fingerprint = StorageFingerprint.Of(catalogue);
            foreach (var (field, changed) in OneFieldChanged(catalogue, pick))
            {
                if (!Bytes(changed).SequenceEqual(storage))
                {
                    changedStorage.Add(field);
                    StorageFingerprint.Of(changed).ShouldNotBe(fingerprint, $"{field} changes the storage but not its fingerprint");
                }
            }
        }, input => string.Join("\n---\n", input.Item1.Select(file => $"{file.Capture}\n{file.Text}")));

        // The property holds only if changes reach the storage: the fields every catalogue stores must have.
        string[] stored = [
            "MergedFile.FileName", "MergedFile.CapturedOn", "MergedPaper.Id", "SourceEntry.Title", "SourceEntry.Abstract",
            "SourceEntry.Authors", "SourceEntry.Keywords", "SourceEntry.AiSummary", "SourceEntry.Organization", "MergedPaper.Sightings"];
        stored.Except(changedStorage).ShouldBeEmpty();
    }

    /// <summary>The catalogue with one field of one file or paper (chosen by <paramref name="pick"/>) changed, for every field.</summary>
    private static IEnumerable<(string Field, MergedCatalogue Changed)> OneFieldChanged(MergedCatalogue catalogue, int pick)
    {
        var fileIndex = pick % catalogue.Files.Count;
        var paperIndex = pick % catalogue.Papers.Count;
        foreach (var (field, file) in Variants(catalogue.Files[fileIndex]))
        {
            yield return (field, catalogue with { Files = Replace(catalogue.Files, fileIndex, file) });
        }

        var paper = catalogue.Papers[paperIndex];
        foreach (var (field, changed) in Variants(paper).Concat(Variants(paper.Facts).Select(facts => (facts.Field, paper with { Facts = facts.Changed }))))
        {
            yield return (field, catalogue with { Papers = Replace(catalogue.Papers, paperIndex, changed) });
        }
    }

    // A paper's facts are a record of their own, changed field by field.
    private static IEnumerable<(string Field, T Changed)> Variants<T>(T record)
        where T : class
    {
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanWrite && property.PropertyType != typeof(SourceEntry)))
        {
            var copy = (T)typeof(T).GetMethod("<Clone>$")!.Invoke(record, null)!;
            property.SetValue(copy, Other(property.PropertyType, property.GetValue(record)));
            yield return ($"{typeof(T).Name}.{property.Name}", copy);
        }
    }

    /// <summary>A value of <paramref name="type"/> other than <paramref name="value"/>.</summary>
    private static object? Other(Type type, object? value) => value switch
    {
        string text => text + "é",
        null when type == typeof(string) => "x",
        int number => number + 1,
        null when type == typeof(int?) => 1,
        bool flag => !flag,
        CalendarDate date => date == new CalendarDate(2001, 2, 3) ? new CalendarDate(2001, 2, 4) : new CalendarDate(2001, 2, 3),
        null when type == typeof(CalendarDate?) => new CalendarDate(2001, 2, 3),
        TextPosition position => position with { Line = position.Line + 1 },
        OrganizationSpec organization => organization with { Name = organization.Name + "é" },
        null when type == typeof(OrganizationSpec) => new OrganizationSpec("org", "An Organisation"),
        EquatableArray<AuthorSpec> authors => new EquatableArray<AuthorSpec>([.. authors, new AuthorSpec("A. Person", "aperson")]),
        EquatableArray<string> keywords => new EquatableArray<string>([.. keywords, "keyword"]),
        EquatableArray<PaperSighting> sightings => new EquatableArray<PaperSighting>([.. sightings.Select(sighting => sighting with { Line = sighting.Line + 1 })]),
        Enum flag => Enum.ToObject(type, (Convert.ToInt32(flag, System.Globalization.CultureInfo.InvariantCulture) + 1) % Math.Max(2, Enum.GetValues(type).Length)),
        _ => value is null ? null : throw new InvalidOperationException($"No other value of {type} for the test: add one, so that the field is covered."),
    };

    private static EquatableArray<T> Replace<T>(EquatableArray<T> items, int index, T item)
        where T : IEquatable<T> =>
        new([.. items.Select((existing, i) => i == index ? item : existing)]);

    private static byte[] Bytes(MergedCatalogue catalogue)
    {
        using var stream = new MemoryStream();
        StorageResourceFormat.Write(stream, CatalogueStorage.Build(catalogue), fingerprint: 0);
        return stream.ToArray();
    }
}
