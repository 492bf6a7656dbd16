using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperDataset.Sources.Model;

namespace PaperDataset.Sources.Reading.HubJson;

/// <summary>
/// Reads typed fields out of a Hub JSON object. A field that is absent or null is simply absent; a field of the wrong type,
/// or absurd (a negative count, a 200,000-character URL), is absent too, and the reason is collected for one diagnostic.
/// </summary>
internal sealed class HubPaperFields
{
    /// <summary>Longest string kept for any field but the abstract: arXiv titles stay under 300 characters, URLs under 2,000.</summary>
    public const int MaxFieldLength = 2_000;

    /// <summary>Longest abstract kept: arXiv caps abstracts at 1,920 characters; this leaves room for other sources and stops abuse.</summary>
    public const int MaxAbstractLength = 100_000;

    private static readonly Regex ArxivId = new(@"^[0-9]{4}\.[0-9]{4,5}$", RegexOptions.CultureInvariant);

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd",
    ];

    public List<string> Problems { get; } = [];

    /// <summary>A string field, or null; longer than <paramref name="maxLength"/> counts as unusable.</summary>
    public JsonString? String(JsonObject owner, HubMember name, int maxLength = MaxFieldLength)
    {
        switch (owner[name])
        {
            case null or JsonLiteral { IsNull: true }:
                return null;
            case JsonString text when text.IsAtMost(maxLength):
                return text;
            case JsonString text:
                Problems.Add(Quote(name) + " is " + Count(text.Length) + " characters long (at most " + Count(maxLength) + ")");
                return null;
            case var other:
                Problems.Add(WrongType(name, other, "a string"));
                return null;
        }
    }

    /// <summary>A non-negative whole number that fits an int, or null.</summary>
    public int? Count(JsonObject owner, HubMember name)
    {
        switch (owner[name])
        {
            case null or JsonLiteral { IsNull: true }:
                return null;
            case JsonNumber { Count: { } count }:
                return count;
            case JsonNumber number:
                Problems.Add(Quote(name) + " is " + number.Text + ", not a count");
                return null;
            case var other:
                Problems.Add(WrongType(name, other, "a number"));
                return null;
        }
    }

    /// <summary>The UTC calendar date of an ISO 8601 time stamp (<c>2024-03-11T17:59:41.000Z</c>), or null.</summary>
    public CalendarDate? Date(JsonObject owner, HubMember name)
    {
        var text = String(owner, name);
        if (text is null)
        {
            return null;
        }

        if (HubShapedDate(text.Plain) is { } date)
        {
            return date;
        }

        if (DateTimeOffset.TryParseExact(text.Value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            var utc = parsed.UtcDateTime;
            return new CalendarDate(utc.Year, utc.Month, utc.Day);
        }

        Problems.Add(Quote(name) + " is \"" + Shorten(text.Value) + "\", not an ISO 8601 date");
        return null;
    }

    /// <summary>
    /// The date of a time stamp in the shape the Hub writes, <c>2024-03-11T17:59:41.000Z</c>, read digit by digit: the same
    /// date the general parser gives, at a fraction of its cost (a paper has three). Null for any other shape or an
    /// impossible date or time, which the general parser then judges.
    /// </summary>
    private static CalendarDate? HubShapedDate(ReadOnlySpan<char> text)
    {
        if (text.Length != 24 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != '.' || text[23] != 'Z'
            || Digits(text, 20, 3) < 0)
        {
            return null;
        }

        var (year, month, day) = (Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2));
        var (hour, minute, second) = (Digits(text, 11, 2), Digits(text, 14, 2), Digits(text, 17, 2));
        return CalendarDate.IsValid(year, month, day)
            && hour is >= 0 and < 24 && minute is >= 0 and < 60 && second is >= 0 and < 60
            ? new CalendarDate(year, month, day)
            : null;
    }

    /// <summary>The number <paramref name="count"/> ASCII digits from <paramref name="start"/> write; -1 when one is no digit.</summary>
    private static int Digits(ReadOnlySpan<char> text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    public JsonObject? Object(JsonObject owner, HubMember name) => Typed<JsonObject>(owner, name, "an object");

    public JsonArray? Array(JsonObject owner, HubMember name) => Typed<JsonArray>(owner, name, "an array");

    /// <summary>Strings of an array, or empty (and a problem) when one of them is not a usable string.</summary>
    public EquatableArray<string> Strings(JsonObject owner, HubMember name)
    {
        var array = Array(owner, name);
        var values = new List<string>();
        foreach (var item in array?.Items ?? [])
        {
            if (item is not JsonString text || !text.IsAtMost(MaxFieldLength))
            {
                Problems.Add(Quote(name) + " holds " + item.KindName + (item is JsonString ? " that is too long" : string.Empty) + " among its strings");
                return EquatableArray<string>.Empty;
            }

            values.Add(text.Value);
        }

        return values.ToEquatableArray();
    }

    /// <summary>The authors in order, names as written; null when absent, null and a problem when one author has no name.</summary>
    public EquatableArray<AuthorSpec>? Authors(JsonObject paper)
    {
        var array = Array(paper, HubMember.Authors);
        if (array is null)
        {
            return null;
        }

        var authors = new List<AuthorSpec>(array.Items.Count);

        // An author's own fields are not reported one by one: a nameless author drops the list (below), a bad user is no user.
        var inner = new HubPaperFields();
        foreach (var item in array.Items)
        {
            var name = item is JsonObject author ? inner.String(author, HubMember.Name) : null;
            if (name is null || string.IsNullOrWhiteSpace(name.Value))
            {
                Problems.Add("author " + Count(authors.Count + 1) + " of \"authors\" has no name");
                return null;
            }

            var user = inner.Object((JsonObject)item, HubMember.User) is { } account ? inner.String(account, HubMember.User)?.Value : null;
            authors.Add(new AuthorSpec(name.Value, user));
        }

        return authors.ToEquatableArray();
    }

    /// <summary>An organisation <c>{name, fullname}</c> as handle and display name (the handle when there is no display name).</summary>
    public OrganizationSpec? Organization(JsonObject owner)
    {
        var organization = Object(owner, HubMember.Organization);
        if (organization is null)
        {
            return null;
        }

        var handle = String(organization, HubMember.Name)?.Value;
        if (string.IsNullOrWhiteSpace(handle))
        {
            Problems.Add("\"organization\" has no \"name\"");
            return null;
        }

        var name = String(organization, HubMember.FullName)?.Value;
        return new OrganizationSpec(handle!, string.IsNullOrWhiteSpace(name) ? handle! : name!);
    }

    public static bool IsArxivId(string id) => ArxivId.IsMatch(id);

    public static string WrongType(HubMember name, JsonValue value, string expected) => Quote(name) + " is " + value.KindName + ", not " + expected;

    public static string Quote(HubMember name) => "\"" + HubMembers.NameOf(name) + "\"";

    /// <summary>A value as a diagnostic quotes it: 120 characters at most, so a huge value cannot flood the build log.</summary>
    public static string Shorten(string value) => value.Length <= 120 ? value : value.Substring(0, 120) + "…";

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private T? Typed<T>(JsonObject owner, HubMember name, string expected)
        where T : JsonValue
    {
        switch (owner[name])
        {
            case null or JsonLiteral { IsNull: true }:
                return null;
            case T typed:
                return typed;
            case var other:
                Problems.Add(WrongType(name, other, expected));
                return null;
        }
    }
}
