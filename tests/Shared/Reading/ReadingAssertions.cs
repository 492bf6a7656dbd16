using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading;
using Shouldly;

// Compiled into each test project that tests the reading library (linked, not referenced), hence internal.
namespace PaperDataset.Testing;

/// <summary>Reading a text and checking what a reader made of an entry.</summary>
internal static class ReadingAssertions
{
    /// <summary>Reads <paramref name="text"/> as the generator would read a file at <paramref name="path"/>.</summary>
    public static ReadResult Read(string text, string? capturedOn = "2025-11-07", string path = "/data/page.txt") =>
        SourceReader.Read(new SourceDocument(path, text, capturedOn));

    /// <summary>Asserts that the entry came with a text copy's meta block, and returns it to check the block's facts.</summary>
    public static SourceEntry ShouldHaveMeta(this SourceEntry entry)
    {
        entry.Shown.ShouldBe(EntryFacts.MetaBlock);
        return entry;
    }
}
