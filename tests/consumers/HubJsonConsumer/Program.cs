// A user's program over saved Hub API responses: the PaperDataset.Generator package compiles them into Hub.Daily.Papers,
// with arXiv ids, authors and upvotes. Exits non-zero when a check fails.
using Hub.Daily;

var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok" : "FAILED")}: {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

// First, before any paper's details are read: the arXiv index then reads each paper's id from the storage on its own.
Check(Papers.TryGetByArxivId("2503.07677", out var pladis), "TryGetByArxivId finds 2503.07677, before any paper's details are read");

foreach (var paper in Papers.All.OrderByDescending(p => p.Upvotes).Take(5))
{
    Console.WriteLine($"{paper.ArxivId} {paper.Upvotes,4} {paper.Title}");
}

// The papers the test expects: 63 (9 + 25 + 12 + 17 daily items, none from the corrupted file), or fewer once it has
// removed a file and built again.
var expected = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 63;
Check(Papers.Count == expected, $"{expected} papers, none from the corrupted file");
Check(Papers.All.All(p => p.ArxivId is not null && p.HuggingFaceUrl is not null), "every paper has its arXiv id and Hub link");
Check(Papers.All.All(p => p.Authors.Length > 0 && p.AuthorCount == p.Authors.Length), "authors listed, and counted");
Check(Papers.All.All(p => Papers.GetByArxivId(p.ArxivId!) == p), "every paper is found by the arXiv id its details show");

// The first item of daily_papers_2025-03-17.json, read from the embedded file at run time.
Check(pladis?.Title.StartsWith("PLADIS: Pushing the Limits of Attention in Diffusion Models", StringComparison.Ordinal) == true, "its title");
Check(pladis?.Upvotes == 46 && pladis.Authors.Length == 2, "its upvotes and authors");
Check(pladis?.SubmittedOn == new DateOnly(2025, 3, 17), "the day it was on Daily Papers");
Check(pladis?.Sources.Single().FileName == "daily_papers_2025-03-17.json", "its source file");

Console.WriteLine(failures.Count == 0 ? "all checks passed" : $"{failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;
