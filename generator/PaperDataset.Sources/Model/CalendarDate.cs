using System;
using System.Globalization;

namespace PaperDataset.Sources.Model;

/// <summary>A date without time or zone; netstandard2.0 has no DateOnly.</summary>
internal readonly record struct CalendarDate(int Year, int Month, int Day) : IComparable<CalendarDate>
{
    /// <summary>The date as the integer yyyymmdd, which is how the emitted tables store it (readable in snapshots).</summary>
    public int ToYearMonthDay() => (Year * 10000) + (Month * 100) + Day;

    public int CompareTo(CalendarDate other) => ToYearMonthDay().CompareTo(other.ToYearMonthDay());

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    public static bool TryParseIso(string? text, out CalendarDate date)
    {
        if (DateTime.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = new CalendarDate(parsed.Year, parsed.Month, parsed.Day);
            return true;
        }

        date = default;
        return false;
    }

    public override string ToString() => ToYearMonthDay().ToString("0000-00-00", CultureInfo.InvariantCulture);
}
