using System.Collections.Generic;
using System.Threading;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading;

/// <summary>
/// Reads one source format into the common entry model. Pure: the document's text in, entries and diagnostics out;
/// a reader never throws on bad input, it reports it and keeps what it could read.
/// </summary>
internal interface ISourceReader
{
    SourceFormat Format { get; }

    /// <summary>Whether the format's dates need the file's capture date (item metadata) to be resolved.</summary>
    bool NeedsCaptureDate { get; }

    ReaderOutput Read(
        SourceDocument document, IReadOnlyList<TextLine> lines, CalendarDate? capturedOn, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken);
}

/// <summary>
/// What a reader found: the entries, and for a format that dates itself, the latest date the file states, which stands in
/// for a capture date the build item does not declare (it orders captures for "newest wins").
/// </summary>
internal sealed record ReaderOutput(List<SourceEntry> Entries, CalendarDate? LatestDate = null);
