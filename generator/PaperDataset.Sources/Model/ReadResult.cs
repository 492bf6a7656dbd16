namespace PaperDataset.Sources.Model;

/// <summary>What a reader made of one document: its entries and the problems it found, nothing lost.</summary>
internal sealed record ReadResult(
    string Path,
    string FileName,
    SourceFormat Format,
    CalendarDate? CapturedOn,
    EquatableArray<SourceEntry> Entries,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>A document whose reading failed (a bug in a reader): no entries, only what is to be said of it.</summary>
    public static ReadResult Failed(SourceDocument document, EquatableArray<DiagnosticInfo> diagnostics) =>
        new(document.Path, document.FileName, SourceFormat.Unrecognised, null, EquatableArray<SourceEntry>.Empty, diagnostics);
}
