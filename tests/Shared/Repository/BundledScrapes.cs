using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

// Compiled into each test project that reads the bundled scrapes (linked, not referenced), hence internal.
namespace PaperDataset.Testing;

/// <summary>
/// The real scrapes of data/ and their capture dates: the one table of them in the tests. It is written out rather than
/// read from src/PaperDataset/PaperDataset.csproj so that a test can check the project against it.
/// </summary>
internal static class BundledScrapes
{
    public static readonly IReadOnlyList<(string Name, string CapturedOn)> Files =
    [
        ("000_268e26c7047ff591.txt", "2025-11-07"),
        ("001_a58a0ebfb6e376ad.txt", "2025-12-12"),
        ("002_9a345f24856d5af3.txt", "2025-03-11"),
        ("003_c67ba990316ca1ff.txt", "2025-12-08"),
        ("004_86dd3053e311fd6f.txt", "2025-10-20"),
    ];

    private static readonly Lazy<string[]> Texts = new(() => Files.Select(file => File.ReadAllText(PathOf(file.Name))).ToArray());

    public static string PathOf(string name) => Repository.PathOf("data", name);

    /// <summary>The text of file <paramref name="index"/> of <see cref="Files"/>, read once.</summary>
    public static string Text(int index) => Texts.Value[index];

    public static string CapturedOn(string name) => Files.Single(file => file.Name == name).CapturedOn;
}
