namespace PaperDataset.Sources.Diagnostics;

/// <summary>How serious a diagnostic is by default; the generator maps it onto Roslyn's severities, the CLI prints it.</summary>
internal enum DiagnosticLevel
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// One kind of diagnostic: a stable id, a title, a composite-format message and a default level. Plain data, no Roslyn
/// types: the CLI compiles it too.
/// </summary>
internal sealed record DiagnosticDefinition(string Id, string Title, string MessageFormat, DiagnosticLevel Level)
{
    /// <summary>The one category of every PDS rule (Roslyn's descriptor category, the release files' Category column).</summary>
    public const string Category = "PaperDataset";

    /// <summary>Where the rule is explained: its section of docs/diagnostics.md, whose headings are the ids.</summary>
    public const string HelpPage = "https://github.com/paperdataset/PaperDataset/blob/main/docs/diagnostics.md";

    public string HelpLink => HelpPage + "#" + Id.ToLowerInvariant();

    public string Format(params string[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);
}
