using System;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

// Compiled into each test project that checks papers against the real Hub files (linked, not referenced), hence internal.
namespace PaperDataset.Testing;

/// <summary>
/// What a Hub file's JSON says a paper's fields are, read with <see cref="JsonDocument"/> independently of the readers:
/// the one place the tests spell out the Hub mapping (docs/hub-sources.md) to compare the readers and the catalogue with.
/// </summary>
internal static partial class HubJsonValues
{
    /// <summary>The list of a saved papers page: the HTML-entity-encoded JSON of its <c>DailyPapers</c> element's <c>data-props</c>.</summary>
    public static Match PageProps(string html) => PropsAttribute().Match(html);

    /// <summary>The items of a Hub file: a daily list's array, or a saved page's <c>dailyPapers</c>.</summary>
    public static JsonElement Items(string path, string text) =>
        path.EndsWith(".html", StringComparison.Ordinal)
            ? JsonDocument.Parse(WebUtility.HtmlDecode(PageProps(text).Groups[1].Value)).RootElement.GetProperty("dailyPapers")
            : JsonDocument.Parse(text).RootElement;

    /// <summary>Text as the catalogue shows it: every run of white space one space, ends trimmed.</summary>
    public static string? Collapsed(string? text) => text is null ? null : WhiteSpace().Replace(text, " ").Trim();

    /// <summary>A non-empty string member, else null (absent, null, empty or not a string).</summary>
    public static string? Text(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0 ? value.GetString() : null;

    public static int? Int(JsonElement owner, string name) => owner.TryGetProperty(name, out var value) ? value.GetInt32() : null;

    /// <summary>The UTC date of an ISO timestamp member.</summary>
    public static DateOnly? UtcDate(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value)
            ? DateOnly.FromDateTime(DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture).UtcDateTime)
            : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("data-target=\"DailyPapers\" data-props=\"([^\"]*)\"")]
    private static partial Regex PropsAttribute();
}
