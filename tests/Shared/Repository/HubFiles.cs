using System.Collections.Generic;
using System.IO;
using System.Linq;

// Compiled into each test project that reads the real Hub files (linked, not referenced), hence internal.
namespace PaperDataset.Testing;

/// <summary>
/// The real Hub API responses and saved papers page the tests read, all inside the repository: the four daily lists and
/// the page are bundled data (<c>data/hub</c>, compiled into the library); the download that a tool corrupted is test
/// data only (<c>tests/data/hf-api</c>), since the library must build without warnings.
/// </summary>
internal static class HubFiles
{
    public static string Bundled { get; } = Repository.PathOf("data", "hub");

    public static string CorruptedFolder { get; } = Repository.PathOf("tests", "data", "hf-api");

    /// <summary>A JSON array of Python <c>repr</c> strings, as a downloader saved 2024-12-11: valid JSON, no papers.</summary>
    public static string Corrupted { get; } = Path.Combine(CorruptedFolder, "daily_papers_2024-12-11.json");

    /// <summary>Both folders, as <c>--source</c> arguments or item globs take them.</summary>
    public static IReadOnlyList<string> Folders { get; } = [Bundled, CorruptedFolder];

    /// <summary>Every real Hub file, bundled or not, by name.</summary>
    public static IEnumerable<string> All =>
        Folders.SelectMany(folder => Directory.GetFiles(folder)).Where(path => Path.GetFileName(path) != "README.md");

    /// <summary>The real file called <paramref name="name"/>, in whichever folder holds it.</summary>
    public static string PathOf(string name) =>
        Folders.Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists) ?? Path.Combine(Bundled, name);
}
