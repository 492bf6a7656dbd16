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
    /// <summary>Where the rule is explained: its section of docs/diagnostics.md.</summary>
    public string HelpLink => RuleDocumentation.HelpLink("diagnostics.md", Id);

    public string Format(params string[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);
}
