using System.Globalization;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Model;

namespace PaperDataset.Sources.Reading;

/// <summary>PDS001 for a run of lines that belongs to no paper: one mistake is one diagnostic, however many lines it spans.</summary>
internal static class SkippedLines
{
    /// <summary>The diagnostic for the lines of <paramref name="span"/> (start of the first to end of the last, whose 0-based index is <paramref name="lastLine"/>), quoting the first as <paramref name="quoted"/>.</summary>
    public static DiagnosticInfo Create(string path, TextPosition span, int lastLine, string quoted)
    {
        var first = span.LineNumber.ToString(CultureInfo.InvariantCulture);
        var lines = lastLine <= span.Line ? "line " + first : $"lines {first} to {(lastLine + 1).ToString(CultureInfo.InvariantCulture)}";
        return DiagnosticInfo.Create(KnownDiagnostics.UnrecognisedLine, path, span, lines, quoted);
    }
}
