using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.PageVocabulary;

/// <summary>What a text copy's meta block says; every part is optional because each variant shows a different subset.</summary>
internal sealed record EntryMeta(
    int? AuthorCount,
    OrganizationSpec? Organization,
    CalendarDate? PublishedOn,
    int? CommentCount,
    DatePrecision PublishedPrecision);

/// <summary>
/// Reads the optional block after an abstract: an author count or organisation line, the <c>·</c>
/// separator, and a date with an optional comment count, in each rendering FORMAT.md lists.
/// </summary>
internal static class MetaBlock
{
    private const string Separator = "·";
    internal const string PublishedPrefix = "Published on ";

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    // [0-9], not \d: \d matches every Unicode digit, which int.Parse rejects.
    private static readonly Regex AuthorCountPattern = new(@"^[•*\-]\s*([0-9]{1,9})\s+authors?$", RegexOptions.CultureInvariant);

    // An organisation's name never ends in "authors": such a line is an author count gone wrong.
    private static readonly Regex AuthorsWord = new(@"\bauthors?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex DatePattern = new(
        @"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([0-9]{1,2})(?:, ([0-9]{4}))?(?: ([0-9]{1,9}))?$", RegexOptions.CultureInvariant);

    private static readonly Regex PageDatePattern = new(
        @"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([0-9]{1,2})$", RegexOptions.CultureInvariant);

    /// <summary>Whether a block is meant as a meta block, so that a malformed one is reported rather than taken for a title.</summary>
    public static bool LooksLikeMeta(List<TextLine> block)
    {
        if (AuthorCountPattern.IsMatch(block[0].Text) || (block.Count == 1 && block[0].Text.StartsWith(PublishedPrefix, StringComparison.Ordinal)))
        {
            return true;
        }

        foreach (var line in block)
        {
            if (IsSeparator(line.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line is a date as a meta block or the page header writes it, e.g. <c>Oct 3, 2022 5</c> or <c>Nov 7</c>.</summary>
    public static bool IsDate(string text) => DatePattern.IsMatch(text);

    /// <summary>Whether one line has a meta block's shape (an author count or the separator), so it cannot be site chrome.</summary>
    public static bool IsMetaLine(string text) => AuthorCountPattern.IsMatch(text) || IsSeparator(text);

    /// <summary>Parses a meta block; on failure returns null and says why in <paramref name="error"/>.</summary>
    public static EntryMeta? TryParse(List<TextLine> block, CalendarDate? capturedOn, out string? error)
    {
        var index = 0;
        int? authorCount = null;
        OrganizationSpec? organization = null;
        var first = block[0].Text;
        var countMatch = AuthorCountPattern.Match(first);
        if (countMatch.Success)
        {
            authorCount = int.Parse(countMatch.Groups[1].Value, CultureInfo.InvariantCulture);
            index++;
        }
        else if (block.Count > 1 && IsSeparator(block[1].Text) && !IsSeparator(first))
        {
            var space = first.IndexOfAny([' ', '\t']);
            if (space < 0)
            {
                error = $"organisation line \"{block[0].Quoted}\" has a handle but no display name";
                return null;
            }

            var handle = first.Substring(0, space);
            var name = first.Substring(space + 1).Trim();
            if (!HubNames.IsHandle(handle) || AuthorsWord.IsMatch(name))
            {
                // "• three authors", "3 authors": meant as an author count, and no organisation either.
                error = $"\"{block[0].Quoted}\" is neither an author count such as \"• 3 authors\" nor an organisation (a Hub handle, then a name)";
                return null;
            }

            organization = new OrganizationSpec(handle, name);
            index++;
        }

        if (index == 0 && IsSeparator(first))
        {
            // The separator always follows an author count or organisation line (FORMAT.md); without one, a line is lost.
            error = "nothing before the separator: the author count or organisation line is missing";
            return null;
        }

        string? dateText = null;
        if (index < block.Count && block[index].Text == Separator)
        {
            index++;
            dateText = index < block.Count ? block[index++].Text : null;
        }
        else if (index < block.Count && IsSeparator(block[index].Text))
        {
            dateText = block[index++].Text.Substring(Separator.Length).Trim();
        }
        else if (index < block.Count)
        {
            dateText = block[index++].Text;
        }

        if (dateText is null)
        {
            error = "no date after the separator";
            return null;
        }

        if (index < block.Count)
        {
            error = $"unexpected line \"{block[index].Quoted}\"";
            return null;
        }

        if (!TryParseDate(dateText, capturedOn, out var publishedOn, out var precision, out var commentCount, out error))
        {
            return null;
        }

        // The page shows a comment count only when there are comments, so a meta block without one means zero.
        return new EntryMeta(authorCount, organization, publishedOn, commentCount ?? 0, precision);
    }

    /// <summary>The page's own date header, <c>Nov 7</c>: month and day, never a year.</summary>
    public static bool TryParsePageDate(string text, out int month, out int day)
    {
        var match = PageDatePattern.Match(text);
        month = match.Success ? Array.IndexOf(Months, match.Groups[1].Value) + 1 : 0;
        day = match.Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        return match.Success && CalendarDate.IsValid(2000, month, day);
    }

    private static bool IsSeparator(string text) =>
        text == Separator || (text.StartsWith(Separator, StringComparison.Ordinal) && text.Length > 1 && char.IsWhiteSpace(text[1]));

    internal static bool TryParseDate(
        string text, CalendarDate? capturedOn, out CalendarDate? date, out DatePrecision precision, out int? commentCount, out string? error)
    {
        date = null;
        precision = DatePrecision.Day;
        commentCount = null;
        var body = text.StartsWith(PublishedPrefix, StringComparison.Ordinal) ? text.Substring(PublishedPrefix.Length).Trim() : text;
        var match = DatePattern.Match(body);
        if (!match.Success)
        {
            error = $"\"{Shorten(text)}\" is not a date such as \"Oct 3, 2022\" or \"Nov 2\"";
            return false;
        }

        var month = Array.IndexOf(Months, match.Groups[1].Value) + 1;
        var day = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (match.Groups[4].Success)
        {
            commentCount = int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture);
        }

        if (match.Groups[3].Success)
        {
            var year = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            if (!CalendarDate.IsValid(year, month, day))
            {
                error = $"\"{Shorten(text)}\" is not a real date";
                return false;
            }

            date = new CalendarDate(year, month, day);
        }
        else if (!CalendarDate.IsValid(2000, month, day))
        {
            error = $"\"{Shorten(text)}\" is not a real date";
            return false;
        }
        else if (capturedOn is { } captured)
        {
            date = ResolveYear(month, day, captured);
            precision = DatePrecision.DayOfInferredYear;
        }

        error = null;
        return true;
    }

    /// <summary>The page omits the current year, so a year-less date is the latest such date on or before the capture.</summary>
    internal static CalendarDate? ResolveYear(int month, int day, CalendarDate capturedOn)
    {
        // Feb 29 needs up to eight years back to find a leap year; nine covers every case.
        for (var year = capturedOn.Year; year > capturedOn.Year - 9 && year >= 1; year--)
        {
            if (CalendarDate.IsValid(year, month, day) && new CalendarDate(year, month, day).CompareTo(capturedOn) <= 0)
            {
                return new CalendarDate(year, month, day);
            }
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "…";
}
