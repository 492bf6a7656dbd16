using System;
using System.Globalization;

namespace PaperDataset.Cli.Commands;

/// <summary>How values are shown: invariant culture, ISO dates, null for unknown.</summary>
internal static class Format
{
    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Count(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
