namespace PaperDataset.Sources.Model;

/// <summary>What a reader made of one document: its entries and the problems it found, nothing lost.</summary>
internal sealed record ReadResult(
    string Path,
    string FileName,
    SourceFormat Format,
    CalendarDate? CapturedOn,
    EquatableArray<SourceEntry> Entries,
    EquatableArray<DiagnosticInfo> Diagnostics);
