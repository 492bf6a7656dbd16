using System;

namespace PaperDataset.Sources.Model;

/// <summary>The item metadata that marks an AdditionalFiles item as a source: <c>PaperDatasetScrape="true"</c>, in any case, spaces aside.</summary>
internal static class ScrapeMark
{
    public const string MetadataName = "PaperDatasetScrape";

    public static bool IsSet(string? value) => value is not null && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
