namespace PaperDataset.Sources.Diagnostics;

/// <summary>
/// What every PDS rule shares, the generator's table (KnownDiagnostics) and the key analyzer's alike: its category
/// and where it is explained, a section of a page under docs/ whose headings are the ids. Compiled into the analyzer too.
/// </summary>
internal static class RuleDocumentation
{
    /// <summary>The one category of every PDS rule (Roslyn's descriptor category, the release files' Category column).</summary>
    public const string Category = "PaperDataset";

    private const string Docs = "https://github.com/paperdataset/PaperDataset/blob/main/docs/";

    /// <summary>The rule's section of <paramref name="page"/> (e.g. <c>diagnostics.md</c>).</summary>
    public static string HelpLink(string page, string id) => Docs + page + "#" + id.ToLowerInvariant();
}
