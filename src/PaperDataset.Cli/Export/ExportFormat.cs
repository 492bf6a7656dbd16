namespace PaperDataset.Cli.Export;

/// <summary>The formats <c>papers export</c> writes.</summary>
internal enum ExportFormat
{
    /// <summary>JSON Lines: one paper object per line (the System.Text.Json source-generated context).</summary>
    JsonLines,

    /// <summary>One JSON array.</summary>
    Json,

    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv,
}
