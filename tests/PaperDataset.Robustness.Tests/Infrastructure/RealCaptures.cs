using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PaperDataset.Robustness.Tests.Infrastructure;

/// <summary>The real captures in other renderings (Samples/captures, copies of shared/captures) with their capture dates.</summary>
public static class RealCaptures
{
    public static readonly IReadOnlyList<(string Name, string CapturedOn)> Files =
    [
        ("q-long-context-asr_2026-06-29_textbrowser.txt", "2026-06-29"),
        ("q-source-citations_2026-10-02_firecrawl-markdown_PREFIX.txt", "2026-10-02"),
        ("trending_via-paperswithcode_markdown.txt", "2026-01-15"),
    ];

    private static readonly Lazy<string[]> Texts = new(() => Files.Select(file => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "captures", file.Name))).ToArray());

    public static string Text(int index) => Texts.Value[index];
}
