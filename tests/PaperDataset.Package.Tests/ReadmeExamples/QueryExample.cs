namespace PaperDataset.Package.Tests.ReadmeExamples;

/// <summary>The README's LINQ example; the text between the markers is what the README shows.</summary>
internal static class QueryExample
{
    public static (List<Paper> Continual, Paper Paper, Paper ById, Paper? ByTitle) Run()
    {
        // <readme:query>
        Console.WriteLine($"{Papers.Count} papers");

        // Papers per publication year.
        foreach (var year in Papers.All
                     .Where(p => p.PublishedOn is not null)
                     .GroupBy(p => p.PublishedOn!.Value.Year)
                     .OrderBy(g => g.Key))
        {
            Console.WriteLine($"{year.Key}: {year.Count()}");
        }

        // A title search.
        var continual = Papers.All.Where(p => p.Title.Contains("continual", StringComparison.OrdinalIgnoreCase));

        // Lookups: a compile-time handle (a misspelt paper is a compile error), an id, a title.
        Paper paper = Papers.Known.ContinualLearningNotTrainingOnlineAdaptationForAgents;
        Paper byId = Papers.Get(new PaperId("continual-learning-not-training-online-adaptation-for-agents"));
        Paper? byTitle = Papers.FindByTitle("continual learning, not training: online adaptation for agents");
        // </readme:query>
        return (continual.ToList(), paper, byId, byTitle);
    }
}
