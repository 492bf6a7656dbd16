using System.Collections.Generic;
using System.Threading;
using PaperDataset.Sources.Detection;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.HubHtml;
using PaperDataset.Sources.Reading.HubJson;
using PaperDataset.Sources.Reading.LinkLines;
using PaperDataset.Sources.Reading.Markdown;
using PaperDataset.Sources.Reading.TextBrowser;
using PaperDataset.Sources.Reading.TextCopy;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading;

/// <summary>The one entry point for reading a file: recognises its format, then hands it to that format's reader.</summary>
internal static class SourceReader
{
    private static readonly ISourceReader[] Readers =
    [
        TextCopyReader.Instance, HubJsonReader.Instance, HubHtmlReader.Instance, MarkdownReader.Instance, TextBrowserReader.Instance, LinkLinesReader.Instance,
    ];

    public static ReadResult Read(SourceDocument document, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var lines = new LazyTextLines(document.Text);
        var firstLine = lines.FirstLinePosition;
        var detection = FormatDetector.Detect(document, lines);
        var reader = ReaderFor(detection.Format);
        var capturedOn = CaptureDate.Read(document, firstLine, required: reader?.NeedsCaptureDate ?? true, diagnostics);

        List<SourceEntry> entries = [];
        if (reader is null)
        {
            // No reader understands the file: menus, links and footers must not become papers, so nothing is read.
            diagnostics.Add(DiagnosticInfo.Create(
                KnownDiagnostics.NotATextCopy, document.Path, detection.Evidence?.Position ?? firstLine, document.FileName, detection.Reason ?? "no reader recognises it"));
        }
        else
        {
            var output = reader.Read(document, lines, capturedOn, diagnostics, cancellationToken);
            entries = output.Entries;

            // A self-dating format without a declared capture date is ordered among captures by the latest date it states.
            capturedOn ??= reader.NeedsCaptureDate ? null : output.LatestDate;
        }

        return new ReadResult(document.Path, document.FileName, detection.Format, capturedOn, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static ISourceReader? ReaderFor(SourceFormat format)
    {
        foreach (var reader in Readers)
        {
            if (reader.Format == format)
            {
                return reader;
            }
        }

        return null;
    }
}
