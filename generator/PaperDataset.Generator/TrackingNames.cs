namespace PaperDataset.Generator;

/// <summary>Names of the pipeline steps, so tests can assert which steps ran, were cached or changed.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string ScrapeSources = nameof(ScrapeSources);
    public const string ParsedScrapes = nameof(ParsedScrapes);
    public const string Merged = nameof(Merged);
    public const string GeneratedCodeSupport = nameof(GeneratedCodeSupport);
}
