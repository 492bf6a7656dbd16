using PaperDataset.Sources.Model;

namespace PaperDataset.Generator.Model;

/// <summary>
/// One source file as the pipeline receives it: the document the readers take, and the manifest resource the build embeds
/// it as (null unless the file is embedded and the compiler read it as UTF-8).
/// </summary>
internal sealed record ScrapeSource(SourceDocument Document, string? ResourceName)
{
    /// <summary>The item's PaperDatasetFormat, when it names no format (PDS021): reported with what the file's reader found.</summary>
    public DiagnosticInfo? FormatProblem { get; init; }
}

/// <summary>A source file after reading: the file and what its reader made of it.</summary>
internal sealed record ReadScrape(ScrapeSource Source, ReadResult Read);

/// <summary>A scrape file embedded in the assembly: its resource name and the UTF-8 length of the text the generator read.</summary>
internal sealed record EmbeddedResourceSpec(string Name, long Utf8Length);

/// <summary>
/// A run of UTF-8 bytes in an embedded scrape file that holds exactly one string of the catalogue: as it is, or as the
/// content of a JSON string that the loader decodes (<see cref="SliceEncoding"/>).
/// </summary>
internal readonly record struct ByteRange(int Start, int Length, SliceEncoding Encoding = SliceEncoding.Verbatim);

/// <summary>Where an entry's title and abstract lie in the embedded file, when it holds them verbatim.</summary>
internal readonly record struct EntryBytes(ByteRange? Title, ByteRange? Abstract);

/// <summary>
/// A read file and where its strings lie in the embedded resource: <see cref="Entries"/> parallels the read entries,
/// and is empty when the file is not embedded (its strings are then compiled into literals).
/// </summary>
internal sealed record EmbeddedScrape(ReadResult Read, EmbeddedResourceSpec? Resource, EquatableArray<EntryBytes> Entries);
