using System.Collections.Generic;
using System.Threading;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.PageVocabulary;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.Rendered;

/// <summary>
/// A reader of one rendering of the page (Markdown, text-browser output, link lines): the rendering turns its lines into
/// parts; this turns the parts above the first entry into header (menus, the page date) and the rest into entries.
/// </summary>
internal abstract class RenderedReader : ISourceReader
{
    public abstract SourceFormat Format { get; }

    // Pages print dates without the current year.
    public bool NeedsCaptureDate => true;

    /// <summary>The rendering's lines as parts, in file order; a part may span lines.</summary>
    protected abstract IEnumerable<RenderedPart> Parts(IReadOnlyList<TextLine> lines);

    public ReaderOutput Read(
        SourceDocument document, IReadOnlyList<TextLine> lines, CalendarDate? capturedOn, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var parts = WithHeader(Parts(lines), document.Path, capturedOn, diagnostics);
        var entries = EntryAssembler.Assemble(document.Path, parts, capturedOn, diagnostics, cancellationToken);
        if (entries.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(KnownDiagnostics.NoEntries, document.Path, lines.Count > 0 ? lines[0].Position : default, document.FileName));
        }

        return new ReaderOutput(entries);
    }

    /// <summary>
    /// Above the first entry is the site's header: menus, tabs, the "by AK" line and, on daily pages, the page date, which
    /// is checked against the capture date. A listing without a page date (trending) has nothing to check.
    /// </summary>
    private static IEnumerable<RenderedPart> WithHeader(IEnumerable<RenderedPart> parts, string path, CalendarDate? capturedOn, List<DiagnosticInfo> diagnostics)
    {
        var inHeader = true;
        var dated = false;
        foreach (var part in parts)
        {
            inHeader &= part.Kind is not (PartKind.Upvotes or PartKind.Title or PartKind.RefusedTitle);
            if (!inHeader)
            {
                yield return part;
            }
            else if (!dated && part.Kind == PartKind.Date && MetaBlock.TryParsePageDate(part.Text, out var month, out var day))
            {
                dated = true;
                if (capturedOn is { } captured && (captured.Month != month || captured.Day != day))
                {
                    diagnostics.Add(DiagnosticInfo.Create(KnownDiagnostics.CaptureDateMismatch, path, part.Position, captured.ToString(), part.Text));
                }
            }
        }
    }
}
