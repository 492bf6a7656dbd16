using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace PaperDataset.Generator.Tests.Infrastructure;

/// <summary>The bundled scrapes, read from the repository with the capture dates the library configures.</summary>
public static class RepositoryFiles
{
    public static readonly IReadOnlyDictionary<string, string> CaptureDates = new Dictionary<string, string>
    {
        ["000_268e26c7047ff591.txt"] = "2025-11-07",
        ["001_a58a0ebfb6e376ad.txt"] = "2025-12-12",
        ["002_9a345f24856d5af3.txt"] = "2025-03-11",
        ["003_c67ba990316ca1ff.txt"] = "2025-12-08",
        ["004_86dd3053e311fd6f.txt"] = "2025-10-20",
    };

    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<Scrape> BundledScrapes() =>
        CaptureDates.Select(pair => new Scrape(Path.Combine(Root, "data", pair.Key), File.ReadAllText(Path.Combine(Root, "data", pair.Key)), pair.Value)).ToList();

    private static string FindRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
