namespace PaperDataset.Cli.Query;

/// <summary>A paper that matched a query, with its relevance score (0 when there was no search text).</summary>
internal sealed record SearchHit(Paper Paper, double Score);
