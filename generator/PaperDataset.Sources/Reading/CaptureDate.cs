using System.Collections.Generic;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Model;

namespace PaperDataset.Sources.Reading;

/// <summary>The capture date a file's build item declares (<c>PaperDatasetCapturedOn</c>), checked.</summary>
internal static class CaptureDate
{
    public static CalendarDate? Read(SourceDocument document, TextPosition position, bool required, List<DiagnosticInfo> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(document.CapturedOn))
        {
            if (required)
            {
                diagnostics.Add(DiagnosticInfo.Create(KnownDiagnostics.MissingCaptureDate, document.Path, position, document.FileName));
            }

            return null;
        }

        if (CalendarDate.TryParseIso(document.CapturedOn, out var capturedOn))
        {
            return capturedOn;
        }

        diagnostics.Add(DiagnosticInfo.Create(KnownDiagnostics.InvalidCaptureDate, document.Path, position, document.CapturedOn!));
        return null;
    }
}
