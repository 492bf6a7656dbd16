using System.Text.Json;
using PaperDataset.Json;

namespace PaperDataset.Package.Tests.ReadmeExamples;

/// <summary>The README's JSON example; the text between the markers is what the README shows.</summary>
internal static class JsonExample
{
    /// <summary>Writes papers.jsonl to the current directory (the test's output folder), reads it back, deletes it.</summary>
    public static List<Paper> Run()
    {
        try
        {
            // <readme:json>
            using (var file = File.Create("papers.jsonl"))
            {
                Papers.WriteJsonLines(file);          // or Papers.WriteJson(file) for one JSON array
            }

            var papers = File.ReadLines("papers.jsonl")
                .Select(line => JsonSerializer.Deserialize(line, PaperJsonContext.Default.Paper)!)
                .ToList();
            // </readme:json>
            return papers;
        }
        finally
        {
            File.Delete("papers.jsonl");
        }
    }
}
