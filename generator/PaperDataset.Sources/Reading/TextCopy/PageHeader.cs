using System.Collections.Generic;
using System.Globalization;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.PageVocabulary;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.TextCopy;

/// <summary>Where the papers start, or why the file is not a Daily Papers page at all.</summary>
internal readonly record struct HeaderResult(int FirstEntryLine, TextLine? ForeignLine, string? ForeignReason);

/// <summary>Skips the site chrome above the list and checks the page date header (<c>Nov 7</c>).</summary>
internal static class PageHeader
{
    // The page date is looked for this far down, and never past the first meta line, upvote line or abstract-length line.
    private const int HeaderSearchLimit = 64;

    // Unknown lines above the page date: the repeated search query is one; more than this is another page's text (menus).
    private const int MaxUnknownHeaderLines = 2;

    public static HeaderResult Read(SourceDocument source, IReadOnlyList<TextLine> lines, CalendarDate? capturedOn, List<DiagnosticInfo> diagnostics)
    {
        var unknown = new List<TextLine>();
        var seen = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            if (++seen > HeaderSearchLimit || LineShapes.StartsEntries(line.Text))
            {
                break;
            }

            if (IsStandalone(lines, i) && MetaBlock.TryParsePageDate(line.Text, out var month, out var day))
            {
                if (unknown.Count > MaxUnknownHeaderLines)
                {
                    return new HeaderResult(lines.Count, unknown[0], string.Format(
                        CultureInfo.InvariantCulture,
                        "{0} lines above the page date on line {1} are not Daily Papers page text, e.g. line {2} (\"{3}\"): site navigation or another page",
                        unknown.Count, line.Position.LineNumber, unknown[0].Position.LineNumber, unknown[0].Quoted));
                }

                foreach (var skipped in unknown)
                {
                    diagnostics.Add(DiagnosticInfo.Create(KnownDiagnostics.SkippedHeaderLine, source.Path, skipped.Position,
                        skipped.Position.LineNumber.ToString(CultureInfo.InvariantCulture), skipped.Quoted));
                }

                if (capturedOn is { } captured && (captured.Month != month || captured.Day != day))
                {
                    diagnostics.Add(DiagnosticInfo.Create(KnownDiagnostics.CaptureDateMismatch, source.Path, line.Position, captured.ToString(), line.Quoted));
                }

                return new HeaderResult(line.Index + 1, null, null);
            }

            if (!LineShapes.IsChrome(line.Text))
            {
                unknown.Add(line);
            }
        }

        // No page date: skip only the chrome we know, and say so; everything after it is read as papers.
        var first = FindIndex(lines, line => !line.IsBlank && !LineShapes.IsChrome(line.Text));
        if (FindIndex(lines, line => !line.IsBlank) >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(KnownDiagnostics.MissingPageDate, source.Path, lines[0].Position, source.FileName));
        }

        return new HeaderResult(first < 0 ? lines.Count : first, null, null);
    }

    private static int FindIndex(IReadOnlyList<TextLine> lines, System.Predicate<TextLine> match)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (match(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The page date is an item of its own: a blank line (or the file's edge) on both sides. A meta block's date never is.</summary>
    private static bool IsStandalone(IReadOnlyList<TextLine> lines, int index) =>
        (index == 0 || lines[index - 1].IsBlank) && (index == lines.Count - 1 || lines[index + 1].IsBlank);
}
