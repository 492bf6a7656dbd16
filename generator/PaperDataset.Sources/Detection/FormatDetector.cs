using System;
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
    private static readonly string[] HtmlStarts = ["<!doctype html", "<html", "<head", "<body", "<!--"];

    public static FormatDetection Detect(SourceDocument document, IReadOnlyList<TextLine> lines)
    {
        if (document.Format != SourceFormat.Auto)
        {
            return new FormatDetection(document.Format);
        }

        var start = FirstContent(document.Text);
        if (start < document.Text.Length && document.Text[start] is '[' or '{')
        {
            return new FormatDetection(SourceFormat.HubJson);
        }

        foreach (var html in HtmlStarts)
        {
            if (string.Compare(document.Text, start, html, 0, html.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return new FormatDetection(SourceFormat.HubHtml);
            }
        }

        return ForeignRendering.Detect(lines) is { } foreign
            ? new FormatDetection(SourceFormat.Unrecognised, foreign.Line, foreign.Reason)
            : new FormatDetection(SourceFormat.TextCopy);
    }

    /// <summary>Where the content starts: after a byte-order mark and white space.</summary>
    private static int FirstContent(string text)
    {
        var i = 0;
        while (i < text.Length && (text[i] == '\uFEFF' || char.IsWhiteSpace(text[i])))
        {
            i++;
        }

        return i;
    }
}
