namespace PaperDataset.Sources.Model;

/// <summary>The kinds of source file; <see cref="Detection.FormatDetector"/> tells them apart by content.</summary>
internal enum SourceFormat
{
    /// <summary>Not declared: recognised from the text.</summary>
    Auto,

    /// <summary>A browser's plain-text copy of a Daily Papers page (docs/FORMAT.md).</summary>
    TextCopy,

    /// <summary>A rendering no reader understands (a Markdown export, a text-browser dump, ...).</summary>
    Unrecognised,
}
