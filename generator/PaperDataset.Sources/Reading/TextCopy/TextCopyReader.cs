using System.Collections.Generic;
using System.Threading;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.TextCopy;

/// <summary>
/// Reads a browser's plain-text copy of a Daily Papers page (docs/FORMAT.md): the site header, the page date, then blocks
/// of title, abstract and optional meta block. Pure: strings in, entries and diagnostics out.
/// </summary>
internal sealed class TextCopyReader : ISourceReader
{
    public static readonly TextCopyReader Instance = new();

    private TextCopyReader()
    {
    }

    public SourceFormat Format => SourceFormat.TextCopy;

    // The page prints dates without the current year, so every file needs its capture date.
    public bool NeedsCaptureDate => true;

    public ReaderOutput Read(
        SourceDocument document, IReadOnlyList<TextLine> lines, CalendarDate? capturedOn, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var header = PageHeader.Read(document, lines, capturedOn, diagnostics);
        if (header.ForeignLine is { } evidence)
        {
            // Another page's text above the list: menus, links and footers must not become papers, so nothing is read.
            diagnostics.Add(DiagnosticInfo.Create(KnownDiagnostics.NotATextCopy, document.Path, evidence.Position, document.FileName, header.ForeignReason!));
            return new ReaderOutput([]);
        }

        var entries = EntryReader.Read(document.Path, lines, header.FirstEntryLine, capturedOn, diagnostics, cancellationToken);
        if (entries.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(KnownDiagnostics.NoEntries, document.Path, lines.Count > 0 ? lines[0].Position : default, document.FileName));
        }

        return new ReaderOutput(entries);
    }
}
