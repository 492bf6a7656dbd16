namespace PaperDataset.Package.Tests.ReadmeExamples;

/// <summary>The README's example of the fields only Hub files give; the text between the markers is what the README shows.</summary>
internal static class HubFieldsExample
{
    public static (List<Paper> MostUpvoted, Paper? Herd) Run()
    {
        // <readme:hub>
        // The most upvoted papers and their first authors (papers from Hub files have these; browser copies do not).
        var mostUpvoted = Papers.All
            .Where(p => p.Upvotes is not null)
            .OrderByDescending(p => p.Upvotes)
            .Take(5)
            .ToList();
        foreach (var p in mostUpvoted)
        {
            var authors = string.Join(", ", p.Authors.Take(3).Select(a => a.Name));
            Console.WriteLine($"{p.Upvotes,4}  {p.Title} ({authors}) {p.HuggingFaceUrl}");
        }

        // By arXiv id: "The Llama 3 Herd of Models", from the saved papers page of 2024-08-01.
        if (Papers.TryGetByArxivId("2407.21783", out var herd))
        {
            Console.WriteLine($"{herd.Title}: {herd.Authors.Length} authors, {herd.Upvotes} upvotes, {herd.ArxivUrl}");
        }
        // </readme:hub>
        return (mostUpvoted, herd);
    }
}
