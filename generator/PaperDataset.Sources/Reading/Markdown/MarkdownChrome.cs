using System;
using System.Text.RegularExpressions;
using PaperDataset.Sources.Reading.PageVocabulary;

namespace PaperDataset.Sources.Reading.Markdown;

/// <summary>Lines of a Markdown capture that are never part of a paper: the tool's preamble, headings, rules, fences, footers.</summary>
internal static class MarkdownChrome
{
    private static readonly Regex Chrome = new(
        @"^(?:#{1,2}\s.*|-{3,}|={3,}|```.*|~~~.*|\*\*[^*]+:\*\*.*|\[Content truncated\]|Trending Papers ranked by.*|[#\s]*by\b.*\bAK\b.*research community)$",
        RegexOptions.CultureInvariant);

    public static bool IsChrome(string text) => LineShapes.IsChrome(text) || IsSubmittedBy(text) || Chrome.IsMatch(text);

    /// <summary>"Submitted by" starts the submitter's block: a user, not an author or an organisation.</summary>
    public static bool IsSubmittedBy(string text) => text.StartsWith("Submitted by", StringComparison.Ordinal);
}
