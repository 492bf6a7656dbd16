using System;
using System.Globalization;

namespace PaperDataset.Cli.Query;

/// <summary>
/// A date given as <c>yyyy</c>, <c>yyyy-mm</c> or <c>yyyy-mm-dd</c>: a whole year, month or day.
/// As a lower bound it means the period's first day; as an upper bound, its last day (both inclusive).
/// </summary>
internal readonly record struct DateBound(DateOnly First, DateOnly Last)
{
    public const string Formats = "yyyy, yyyy-mm or yyyy-mm-dd";

    public static bool TryParse(string? text, out DateBound bound)
    {
        bound = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || !TryNumber(parts[0], 4, out var year) || year < 1)
        {
            return false;
        }

        if (parts.Length == 1)
        {
            bound = new DateBound(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return true;
        }

        if (!TryNumber(parts[1], 2, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (parts.Length == 2)
        {
            bound = new DateBound(new DateOnly(year, month, 1), new DateOnly(year, month, daysInMonth));
            return true;
        }

        if (!TryNumber(parts[2], 2, out var day) || day < 1 || day > daysInMonth)
        {
            return false;
        }

        var date = new DateOnly(year, month, day);
        bound = new DateBound(date, date);
        return true;
    }

    private static bool TryNumber(string text, int digits, out int value)
    {
        value = 0;
        return text.Length == digits
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
