using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;
using System.Xml.Linq;
using PaperDataset.Synthetic;

// ScaleTool synthetic <papers> <out-dir> [files] [seed]  — a seeded synthetic corpus (files default: max(5, papers / 100))
// ScaleTool json <papers> <out-dir> [files] [seed]       — the same papers as Hub daily-papers JSON (files default: papers / 50),
//                                                        read back with System.Text.Json and checked against the ground truth
// ScaleTool bundled <repo-root> <out-dir>                — the bundled data (src/PaperDataset's AdditionalFiles) with its capture dates
// ScaleTool empty <out-dir>                              — one empty scrape file: the same library with no papers
// Each writes <out-dir>/scrapes/*.txt (or *.json) and <out-dir>/scrapes.props (the AdditionalFiles items, with per-file capture dates),
// and prints one line: papers=<distinct papers or ?> files=<n> bytes=<UTF-8 bytes of scrape text>.
namespace PaperDataset.Scale;

internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            return args switch
            {
                ["synthetic", var papers, var outDir, .. var rest] => Synthetic(int.Parse(papers, CultureInfo.InvariantCulture), outDir, rest),
                ["json", var papers, var outDir, .. var rest] => Json(int.Parse(papers, CultureInfo.InvariantCulture), outDir, rest),
                ["bundled", var repo, var outDir] => Bundled(repo, outDir),
                ["empty", var outDir] => Empty(outDir),
                _ => Usage(),
            };
        }
        catch (Exception exception) when (exception is IOException or FormatException or ArgumentException)
        {
            Console.Error.WriteLine("error: " + exception.Message);
            return 1;
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: ScaleTool synthetic|json <papers> <out-dir> [files] [seed] | bundled <repo-root> <out-dir> | empty <out-dir>");
        return 2;
    }

    private static int Synthetic(int papers, string outDir, string[] rest)
    {
        var files = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : DefaultFileCount(papers);
        var seed = rest.Length > 1 ? long.Parse(rest[1], CultureInfo.InvariantCulture) : 1;
        var corpus = SyntheticScrapeWriter.Create(new SyntheticCorpusOptions(papers, files, seed));
        var scrapes = Reset(outDir);
        var paths = corpus.WriteTo(scrapes);
        WriteProps(outDir, paths.Zip(corpus.Files, (path, file) => (path, (DateOnly?)file.CapturedOn)));
        Console.WriteLine($"papers={corpus.Papers.Count} files={corpus.Files.Count} bytes={corpus.TotalBytes}");
        return 0;
    }

    private static int Json(int papers, string outDir, string[] rest)
    {
        var files = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : Math.Max(1, papers / SyntheticJsonWriter.ItemsPerDay);
        var seed = rest.Length > 1 ? long.Parse(rest[1], CultureInfo.InvariantCulture) : 1;
        var corpus = SyntheticJsonWriter.Create(new SyntheticCorpusOptions(papers, files, seed));
        JsonCorpusCheck.ThrowIfWrong(corpus);
        var scrapes = Reset(outDir);
        var paths = corpus.WriteTo(scrapes);
        WriteProps(outDir, paths.Zip(corpus.Files, (path, file) => (path, (DateOnly?)file.CapturedOn)));
        Console.WriteLine($"papers={corpus.Papers.Count} files={corpus.Files.Count} bytes={corpus.TotalBytes}");
        return 0;
    }

    /// <summary>One file per 100 papers (a Daily Papers search page shows about 50 to 70), and at least 5, as bundled.</summary>
    public static int DefaultFileCount(int papers) => Math.Max(5, papers / 100);

    private static int Bundled(string repo, string outDir)
    {
        var project = Path.Combine(repo, "src", "PaperDataset", "PaperDataset.csproj");
        var items = XDocument.Load(project).Descendants("AdditionalFiles")
            .Where(item => string.Equals((string?)item.Attribute("PaperDatasetScrape"), "true", StringComparison.OrdinalIgnoreCase))
            .Select(item => (Include: (string)item.Attribute("Include")!, CapturedOn: (string?)item.Attribute("PaperDatasetCapturedOn") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null))
            .ToList();
        var scrapes = Reset(outDir);
        var written = new List<(string Path, DateOnly? CapturedOn)>();
        long bytes = 0;
        foreach (var (include, capturedOn) in items)
        {
            var source = Path.GetFullPath(include, Path.GetDirectoryName(project)!);
            var target = Path.Combine(scrapes, Path.GetFileName(source));
            File.Copy(source, target);
            bytes += new FileInfo(target).Length;
            written.Add((target, capturedOn));
        }

        WriteProps(outDir, written);
        Console.WriteLine($"papers=? files={written.Count} bytes={bytes}");
        return 0;
    }

    private static int Empty(string outDir)
    {
        var scrapes = Reset(outDir);
        var path = Path.Combine(scrapes, "empty.txt");
        File.WriteAllText(path, string.Empty);
        WriteProps(outDir, [(path, (DateOnly?)new DateOnly(2025, 1, 1))]);
        Console.WriteLine("papers=0 files=1 bytes=0");
        return 0;
    }

    private static string Reset(string outDir)
    {
        var scrapes = Path.GetFullPath(Path.Combine(outDir, "scrapes"));
        if (Directory.Exists(scrapes))
        {
            Directory.Delete(scrapes, recursive: true);
        }

        Directory.CreateDirectory(scrapes);
        return scrapes;
    }

    /// <summary>The AdditionalFiles items; a file without a capture date (the bundled Hub files) carries its own dates.</summary>
    private static void WriteProps(string outDir, IEnumerable<(string Path, DateOnly? CapturedOn)> files)
    {
        using var writer = new StreamWriter(Path.Combine(outDir, "scrapes.props"));
        writer.WriteLine("<Project>");
        writer.WriteLine("  <ItemGroup>");
        foreach (var (path, capturedOn) in files)
        {
            var date = capturedOn is { } day ? $" PaperDatasetCapturedOn=\"{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\"" : string.Empty;
            writer.WriteLine($"    <AdditionalFiles Include=\"{SecurityElement.Escape(path)}\" PaperDatasetScrape=\"true\"{date} />");
        }

        writer.WriteLine("  </ItemGroup>");
        writer.WriteLine("</Project>");
    }
}
