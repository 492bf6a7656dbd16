namespace PaperDataset.Cli.Query;

/// <summary>Where search text is looked for.</summary>
internal enum SearchField
{
    All,
    Title,
    Abstract,
}
