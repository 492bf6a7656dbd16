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
}
