using System.Collections.Generic;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Detection;

/// <summary>The format of a file, and for a file no reader understands, the line that shows it and why.</summary>
internal readonly record struct FormatDetection(SourceFormat Format, TextLine? Evidence = null, string? Reason = null);

/// <summary>
/// The one place that decides which format a file is, from its content (whatever the file is called), unless its build
/// item declares one.
/// </summary>
internal static class FormatDetector
{
    public static FormatDetection Detect(SourceDocument document, IReadOnlyList<TextLine> lines)
    {
        if (document.Format != SourceFormat.Auto)
        {
            return new FormatDetection(document.Format);
        }

        if (ForeignRendering.Readable(lines) is { } rendering)
        {
            return new FormatDetection(rendering);
        }

        return ForeignRendering.Detect(lines) is { } foreign
            ? new FormatDetection(SourceFormat.Unrecognised, foreign.Line, foreign.Reason)
            : new FormatDetection(SourceFormat.TextCopy);
    }
}
