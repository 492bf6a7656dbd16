namespace PaperDataset.Generator.Model;

/// <summary>
/// One scrape file as the pipeline receives it: path, text, the item metadata the generator reads, and the manifest
/// resource the build embeds it as (null unless the file is embedded and was read as UTF-8).
/// </summary>
internal sealed record ScrapeSource(string Path, string Text, string? CapturedOn, string? ResourceName = null);

/// <summary>A scrape file embedded in the assembly: its resource name and the UTF-8 length of the text the generator read.</summary>
internal sealed record EmbeddedResourceSpec(string Name, long Utf8Length);

/// <summary>A run of UTF-8 bytes in an embedded scrape file that holds exactly one string of the catalogue.</summary>
internal readonly record struct ByteRange(int Start, int Length);

/// <summary>An organisation a paper was submitted under: <c>HANDLE Display Name</c>.</summary>
internal sealed record OrganizationSpec(string Handle, string Name);

/// <summary>What a meta block says; every part is optional because each variant shows a different subset.</summary>
internal sealed record EntryMeta(
    int? AuthorCount,
    OrganizationSpec? Organization,
    CalendarDate? PublishedOn,
    int? CommentCount,
    TextPosition Position);

/// <summary>One entry of one scrape file, before merging.</summary>
internal sealed record ScrapeEntry(string Title, string Abstract, TextPosition TitlePosition, EntryMeta? Meta)
{
    /// <summary>Where the title's exact text lies in the embedded file, when the file is embedded and holds it verbatim.</summary>
    public ByteRange? TitleBytes { get; init; }

    /// <summary>Where the abstract's exact text lies in the embedded file, when the file is embedded and holds it verbatim.</summary>
    public ByteRange? AbstractBytes { get; init; }
}

/// <summary>The parser's result for one file: its entries and the problems it found, nothing lost.</summary>
internal sealed record ParsedScrape(
    string Path,
    string FileName,
    CalendarDate? CapturedOn,
    EquatableArray<ScrapeEntry> Entries,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The resource the file is embedded as; null when its text must be compiled into literals.</summary>
    public EmbeddedResourceSpec? Resource { get; init; }
}
