using System;

namespace PaperDataset.Sources.Model;

/// <summary>The kinds of source file; <see cref="Detection.FormatDetector"/> tells them apart by content.</summary>
internal enum SourceFormat
{
    /// <summary>Not declared: recognised from the text.</summary>
    Auto,

    /// <summary>A browser's plain-text copy of a Daily Papers page (docs/FORMAT.md).</summary>
    TextCopy,

    /// <summary>A rendering no reader understands (a text-browser dump with a reference list, an unknown export, ...).</summary>
    Unrecognised,

    /// <summary>A page saved by a page-to-Markdown tool: <c>### [Title](…/papers/id)</c> headings, links, bullets.</summary>
    Markdown,

    /// <summary>A text browser's output with <c>[n]</c> reference links: <c>### [Title][32]</c>, bracketed abstracts.</summary>
    TextBrowser,

    /// <summary>Plain text with each link's URL on its own line (a notebook "web page" export).</summary>
    LinkLines,

    /// <summary>The Hub API's papers JSON: a daily list or search results (items with a <c>paper</c>), or paper objects.</summary>
    HubJson,

    /// <summary>A saved huggingface.co/papers page, whose list is JSON in an HTML attribute.</summary>
    HubHtml,
}

/// <summary>The names a build item declares a format with (item metadata <c>PaperDatasetFormat</c>), and the file extensions sources are saved with.</summary>
internal static class SourceFormatNames
{
    /// <summary>What text copies, captures, Hub JSON and saved pages are saved as; the format itself is recognised from the content.</summary>
    public static readonly string[] FileExtensions = [".txt", ".md", ".json", ".html", ".htm"];

    public static bool HasSourceExtension(string path) =>
        Array.Exists(FileExtensions, extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads <c>auto</c>, <c>text</c>, <c>json</c> or <c>html</c> (any case, surrounding white space ignored); none is <c>auto</c>.</summary>
    public static bool TryParse(string? name, out SourceFormat format)
    {
        format = SourceFormat.Auto;
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || Is(trimmed, "auto"))
        {
            return true;
        }

        format = Is(trimmed, "text") ? SourceFormat.TextCopy
            : Is(trimmed, "json") ? SourceFormat.HubJson
            : Is(trimmed, "html") ? SourceFormat.HubHtml
            : SourceFormat.Auto;
        return format != SourceFormat.Auto;
    }

    private static bool Is(string name, string expected) => string.Equals(name, expected, StringComparison.OrdinalIgnoreCase);
}
