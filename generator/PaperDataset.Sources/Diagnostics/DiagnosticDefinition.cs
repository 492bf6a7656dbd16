namespace PaperDataset.Sources.Diagnostics;

/// <summary>How serious a diagnostic is; the generator maps it onto Roslyn's severities.</summary>
internal enum DiagnosticLevel
{
    Info,
    Warning,
    Error,
}

/// <summary>One kind of diagnostic: a stable id, a title, a composite-format message and a level. Plain data, no Roslyn types.</summary>
internal sealed record DiagnosticDefinition(string Id, string Title, string MessageFormat, DiagnosticLevel Level)
{
    public string Format(params string[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);
}
