using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
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

    // What may follow a JSON array's '[': a value or the closing bracket. "[Subscribe]" or "[1]Hugging Face" (a text
    // browser's numbered link) open text renderings, which PDS013 must still explain.
    private const string JsonValueStarts = "{[\"]-0123456789tfn";

    private static readonly Regex TextBrowserLink = new(@"\G\[[0-9]+\][^\s,\]}]", RegexOptions.CultureInvariant);

    public static FormatDetection Detect(SourceDocument document, IReadOnlyList<TextLine> lines)
    {
        if (document.Format != SourceFormat.Auto)
        {
            return new FormatDetection(document.Format);
        }

        // Renderings first: a text browser's page opens with '[' too ("[[Hugging Face's logo] Hugging Face][1]"). Text that
        // opens like JSON is only split into lines for that when one of its lines could be a rendering's.
        var start = FirstContent(document.Text);
        var json = OpensJson(document.Text, start);
        if ((!json || ForeignRendering.MayBeReadable(document.Text)) && ForeignRendering.Readable(lines) is { } rendering)
        {
            return new FormatDetection(rendering);
        }

        if (json)
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

    private static bool OpensJson(string text, int start)
    {
        if (start >= text.Length || text[start] is not ('[' or '{'))
        {
            return false;
        }

        if (text[start] == '{')
        {
            return true;
        }

        var next = start + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next < text.Length && JsonValueStarts.IndexOf(text[next]) >= 0 && !TextBrowserLink.IsMatch(text, start);
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
