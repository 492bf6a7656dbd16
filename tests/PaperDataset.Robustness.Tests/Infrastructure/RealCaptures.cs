using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PaperDataset.Robustness.Tests.Infrastructure;

/// <summary>
/// The real captures in other renderings (Samples/captures, byte-exact copies of pages saved by other tools): the one table
/// of them in the tests, with the day each was captured, the rendering it must be read as, and its SHA-256.
/// </summary>
public static class RealCaptures
{
    public static readonly IReadOnlyList<(string Name, string CapturedOn, string Rendering, string Sha256)> Files =
    [
        ("q-long-context-asr_2026-06-29_textbrowser.txt", "2026-06-29", "TextBrowser", "8b2c2deb49c979e3ad4f0e4b0987b60fdcf1e68391feda798cc9ab35f74c310f"),
        ("q-source-citations_2026-10-02_firecrawl-markdown_PREFIX.txt", "2026-10-02", "Markdown", "af6b1ad3cabf69f86710c13f561ef1828398e88e083567c5b76ff433dfd194c1"),
        ("trending_via-paperswithcode_markdown.txt", "2026-01-15", "Markdown", "e59d77570d8db49b402cd0d42dca155f8ffdfaa9a8c1accdbf825fd3ba1ba718"),
    ];

    private static readonly Lazy<string[]> Texts = new(() => Files.Select(file => File.ReadAllText(PathOf(file.Name))).ToArray());

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", "captures", name);

    public static string Text(int index) => Texts.Value[index];
}
