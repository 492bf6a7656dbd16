using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PaperDataset.Robustness.Tests.Infrastructure;

/// <summary>The real scrapes of data/ (copied next to the tests) with their capture dates from FORMAT.md.</summary>
public static class BundledScrapes
{
    public static readonly IReadOnlyList<(string Name, string CapturedOn)> Files =
    [
        ("000_268e26c7047ff591.txt", "2025-11-07"),
        ("001_a58a0ebfb6e376ad.txt", "2025-12-12"),
        ("002_9a345f24856d5af3.txt", "2025-03-11"),
        ("003_c67ba990316ca1ff.txt", "2025-12-08"),
        ("004_86dd3053e311fd6f.txt", "2025-10-20"),
    ];

    private static readonly Lazy<string[]> Texts = new(() => Files.Select(file => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Bundled", file.Name))).ToArray());

    public static string Text(int index) => Texts.Value[index];

    /// <summary>The real captures in other renderings (Samples/captures) with their capture dates.</summary>
    public static readonly IReadOnlyList<(string Name, string CapturedOn)> Captures =
    [
        ("q-long-context-asr_2026-06-29_textbrowser.txt", "2026-06-29"),
        ("q-source-citations_2026-10-02_firecrawl-markdown_PREFIX.txt", "2026-10-02"),
        ("trending_via-paperswithcode_markdown.txt", "2026-01-15"),
    ];

    private static readonly Lazy<string[]> CaptureTexts = new(() => Captures.Select(file => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "captures", file.Name))).ToArray());

    public static string CaptureText(int index) => CaptureTexts.Value[index];
}
