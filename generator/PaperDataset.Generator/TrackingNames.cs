namespace PaperDataset.Generator;

/// <summary>Names of the pipeline steps, so tests can assert which steps ran, were cached or changed.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string CatalogueSummary = nameof(CatalogueSummary);
    public const string ReadScrapes = nameof(ReadScrapes);
    public const string Merged = nameof(Merged);
    public const string Catalogue = nameof(Catalogue);
    public const string CatalogueDiagnostics = nameof(CatalogueDiagnostics);
    public const string GeneratedCodeSupport = nameof(GeneratedCodeSupport);
    public const string AdditionalFileMarks = nameof(AdditionalFileMarks);
    public const string UnmarkedSources = nameof(UnmarkedSources);
}
