using System.Collections.Generic;
using System.Threading;
using PaperDataset.Generator.Model;

namespace PaperDataset.Generator.Parsing;

/// <summary>
/// Turns the text of one Daily Papers scrape into entries and diagnostics. Pure: plain strings in,
/// equatable model out, no Roslyn types, so every rule is unit-testable on strings.
/// </summary>
internal static class ScrapeParser
{
    public static ParsedScrape Parse(ScrapeSource source, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var lines = ScrapeText.SplitLines(source.Text);
        var firstLine = lines.Count > 0 ? lines[0].Position : default;

        var capturedOn = ReadCaptureDate(source, firstLine, diagnostics);
        var foreign = ForeignRendering.Detect(lines);
        var header = foreign is null ? PageHeader.Read(source, lines, capturedOn, diagnostics) : default;
        var entries = new List<ScrapeEntry>();
        if ((foreign?.Line ?? header.ForeignLine) is { } evidence)
        {
            // Not a text copy of the page: menus, links and footers must not become papers, so nothing is read.
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.NotATextCopy.Id, source.Path, evidence.Position, FileNameOf(source.Path), foreign?.Reason ?? header.ForeignReason!));
        }
        else
        {
            entries = EntryReader.Read(source.Path, lines, header.FirstEntryLine, capturedOn, diagnostics, cancellationToken);
            if (entries.Count == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoEntries.Id, source.Path, firstLine, FileNameOf(source.Path)));
            }
        }

        return new ParsedScrape(source.Path, FileNameOf(source.Path), capturedOn, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>The file name without directories; the catalogue names files this way so it never depends on the build machine.</summary>
    public static string FileNameOf(string path)
    {
        var slash = path.LastIndexOfAny(['/', '\\']);
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    private static CalendarDate? ReadCaptureDate(ScrapeSource source, TextPosition position, List<DiagnosticInfo> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(source.CapturedOn))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingCaptureDate.Id, source.Path, position, FileNameOf(source.Path)));
            return null;
        }

        if (CalendarDate.TryParseIso(source.CapturedOn, out var capturedOn))
        {
            return capturedOn;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCaptureDate.Id, source.Path, position, source.CapturedOn!));
        return null;
    }
}
