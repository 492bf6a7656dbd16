// A user's program against the PaperDataset package: LINQ over Papers.All, a title search, lookups by a
// compile-time handle, and a JSON round trip. Prints a report (the package tests compare it with the same
// report computed from the repository's project) and exits non-zero when a check fails.
using System.Text.Json;
using PaperDataset;
using PaperDataset.Json;

var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok" : "FAILED")}: {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

// Which runtime ran the checks: the .NET 8 consumer must not have been rolled forward onto a newer one.
Console.WriteLine($"runtime {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
Console.WriteLine($"count {Papers.Count}");

// Counts by year.
var byYear = Papers.All
    .Where(p => p.PublishedOn is not null)
    .GroupBy(p => p.PublishedOn!.Value.Year)
    .OrderBy(g => g.Key)
    .Select(g => (Year: g.Key, Count: g.Count()))
    .ToList();
var undated = Papers.All.Count(p => p.PublishedOn is null);
foreach (var (year, count) in byYear)
{
    Console.WriteLine($"year {year} {count}");
}

Console.WriteLine($"undated {undated}");
Check(byYear.Sum(y => y.Count) + undated == Papers.Count, "the years and the undated papers add up to the catalogue");
var newestCapture = Papers.All.SelectMany(p => p.Sources).Max(s => s.CapturedOn)!.Value;
Check(byYear.Count > 0 && byYear.All(y => y.Year >= 1990 && y.Year <= newestCapture.Year), "every year is a plausible publication year, none after the newest capture");

// A title search.
var continual = Papers.All
    .Where(p => p.Title.Contains("continual", StringComparison.OrdinalIgnoreCase))
    .Select(p => p.Id.Value)
    .ToList();
Console.WriteLine($"search continual {string.Join(';', continual)}");

// A lookup by compile-time handle: a misspelt paper would not compile.
var paper = Papers.Known.ContinualLearningNotTrainingOnlineAdaptationForAgents;
Console.WriteLine($"known {paper.Id} {paper.PublishedOn:yyyy-MM-dd} authors={paper.AuthorCount}");
Check(paper.Title == "Continual Learning, Not Training: Online Adaptation For Agents", "the handle's paper has the scraped title");
Check(paper.PublishedOn == new DateOnly(2025, 11, 2), "its year-less date 'Nov 2' resolved against the 2025-11-07 capture");
Check(paper.AuthorCount == 2, "it has 2 authors");
Check(continual.Contains(paper.Id.Value), "the title search finds it");
Check(ReferenceEquals(Papers.Get(paper.Id), paper), "Papers.Get finds it by id");
Check(ReferenceEquals(Papers.FindByTitle("  continual learning, NOT training: online adaptation for agents "), paper), "Papers.FindByTitle finds it by title, ignoring case and spaces");
#pragma warning disable PDS100 // an unknown id, on purpose: the key analyzer would report it at compile time
Check(!Papers.TryGet(new PaperId("no-such-paper"), out _), "an unknown id is not found");
#pragma warning restore PDS100
Check(Papers.All.Zip(Papers.All.Skip(1)).All(pair => pair.First.Id.CompareTo(pair.Second.Id) < 0), "Papers.All is ordered by id");

// Test fixtures.
var sample = Papers.Sample(5, seed: 42);
Console.WriteLine($"sample 5 42 {string.Join(';', sample.Select(p => p.Id.Value))}");
Check(sample.SequenceEqual(Papers.Sample(5, seed: 42)) && sample.Distinct().Count() == 5, "Papers.Sample is deterministic and distinct");

// JSON round trips through the source-generated context.
using (var lines = new MemoryStream())
{
    Papers.WriteJsonLines(lines);
    var read = System.Text.Encoding.UTF8.GetString(lines.ToArray())
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => JsonSerializer.Deserialize(line, PaperJsonContext.Default.Paper)!)
        .ToList();
    Check(read.SequenceEqual(Papers.All), "WriteJsonLines reads back equal to Papers.All");
}

using (var array = new MemoryStream())
{
    Papers.WriteJson(array);
    array.Position = 0;
    var read = JsonSerializer.Deserialize(array, PaperJsonContext.Default.ImmutableArrayPaper);
    Check(read.SequenceEqual(Papers.All), "WriteJson reads back equal to Papers.All");
}

Console.WriteLine(failures.Count == 0 ? "all checks passed" : $"{failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;
