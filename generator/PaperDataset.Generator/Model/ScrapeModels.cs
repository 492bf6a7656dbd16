namespace PaperDataset.Generator.Model;

/// <summary>One scrape file as the pipeline receives it: path, text and the item metadata the generator reads.</summary>
internal sealed record ScrapeSource(string Path, string Text, string? CapturedOn);

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
internal sealed record ScrapeEntry(string Title, string Abstract, TextPosition TitlePosition, EntryMeta? Meta);

/// <summary>The parser's result for one file: its entries and the problems it found, nothing lost.</summary>
internal sealed record ParsedScrape(
    string Path,
    string FileName,
    CalendarDate? CapturedOn,
    EquatableArray<ScrapeEntry> Entries,
    EquatableArray<DiagnosticInfo> Diagnostics);
