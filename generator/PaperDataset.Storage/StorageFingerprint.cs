using System;
using System.Runtime.InteropServices;
using PaperDataset.Sources.Model;

namespace PaperDataset.Storage;

/// <summary>
/// A 64-bit digest of what a catalogue's storage is laid out from: every field of the merged catalogue that
/// <see cref="CatalogueStorage"/> stores. The build task writes it into the storage resource and the generator into the
/// code that reads it; both merge the same files with the same functions, so equal digests mean equal storage, and the
/// loader refuses a resource whose digest differs (written from other files, read differently, or by another version).
/// Not cryptographic: it guards against mistakes, not against tampering. A field the storage gains must be added here
/// (StorageFingerprintTests fails until it is).
/// </summary>
internal static class StorageFingerprint
{
    /// <summary>Changes whenever the storage's layout or its making changes, so that storage from another version is refused.</summary>
    private const ulong LayoutVersion = 1;

    private const ulong Prime = 0x9E3779B97F4A7C15ul;

    public static ulong Of(MergedCatalogue catalogue)
    {
        var hash = Mix(LayoutVersion, (ulong)catalogue.Files.Count);
        foreach (var file in catalogue.Files)
        {
            hash = Mix(Add(hash, file.FileName), Date(file.CapturedOn));
        }

        foreach (var paper in catalogue.Papers)
        {
            var facts = paper.Facts;
            hash = Add(Add(Add(hash, paper.Id), facts.Title), facts.Abstract);
            hash = Mix(Mix(Mix(Mix(hash, paper.IdIsTitleSlug ? 1ul : 0ul), Date(facts.PublishedOn)), Count(facts.AuthorCount)), Count(facts.CommentCount));
            hash = facts.Organization is { } organization ? Add(Add(Mix(hash, 1), organization.Handle), organization.Name) : Mix(hash, 0);
            hash = Add(Add(Add(Add(hash, facts.ArxivId), facts.GitHubRepository), facts.ProjectPage), facts.AiSummary);
            hash = Mix(Mix(Mix(hash, Date(facts.SubmittedOn)), Count(facts.Upvotes)), Count(facts.GitHubStars));
            hash = Mix(hash, (ulong)facts.Authors.Count);
            foreach (var author in facts.Authors)
            {
                hash = Add(Add(hash, author.Name), author.HubUser);
            }

            hash = Mix(hash, (ulong)facts.Keywords.Count);
            foreach (var keyword in facts.Keywords)
            {
                hash = Add(hash, keyword);
            }

            hash = Mix(hash, (ulong)paper.Sightings.Count);
            foreach (var sighting in paper.Sightings)
            {
                hash = Mix(Mix(hash, (ulong)sighting.FileIndex), (ulong)sighting.Line);
            }
        }

        return hash;
    }

    private static ulong Date(CalendarDate? date) => (ulong)(date?.ToYearMonthDay() ?? 0);

    private static ulong Count(int? count) => count is { } value ? (ulong)(uint)value + 1 : 0;

    /// <summary>A string: its length (null apart), then its characters four at a time.</summary>
    private static ulong Add(ulong hash, string? text)
    {
        if (text is null)
        {
            return Mix(hash, ulong.MaxValue);
        }

        hash = Mix(hash, (ulong)text.Length);
        var words = MemoryMarshal.Cast<char, ulong>(text.AsSpan());
        foreach (var word in words)
        {
            hash = Mix(hash, word);
        }

        for (var i = words.Length * 4; i < text.Length; i++)
        {
            hash = Mix(hash, text[i]);
        }

        return hash;
    }

    private static ulong Mix(ulong hash, ulong value)
    {
        hash = unchecked((hash ^ value) * Prime);
        return hash ^ (hash >> 29);
    }
}
