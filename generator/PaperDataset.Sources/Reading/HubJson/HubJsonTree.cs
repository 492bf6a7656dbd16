using System;
using System.Collections.Generic;

namespace PaperDataset.Sources.Reading.HubJson;

/// <summary>
/// A JSON value the Hub mapping may read, and where it starts in the document's text (UTF-16 offset): JsonDocument cannot
/// say where a value lies, and the readers need that for diagnostic positions. Objects hold only the
/// <see cref="HubMember"/>s, so a file's tree is a fraction of the file.
/// </summary>
internal abstract class JsonValue(int start)
{
    public int Start { get; } = start;

    /// <summary>How a diagnostic names the value's kind: "a string", "a number", ...</summary>
    public abstract string KindName { get; }
}

internal sealed class JsonObject(int start, KeyValuePair<HubMember, JsonValue>[] members) : JsonValue(start)
{
    public override string KindName => "an object";

    /// <summary>The member's value; a repeated name gives its last value, as JavaScript's JSON.parse does.</summary>
    public JsonValue? this[HubMember name]
    {
        get
        {
            for (var i = members.Length - 1; i >= 0; i--)
            {
                if (members[i].Key == name)
                {
                    return members[i].Value;
                }
            }

            return null;
        }
    }
}

internal sealed class JsonArray(int start, List<JsonValue> items) : JsonValue(start)
{
    public IReadOnlyList<JsonValue> Items { get; } = items;

    public override string KindName => "an array";
}

/// <summary>
/// A string: where its content (between the quotes, escapes as written) lies in <paramref name="text"/>, and its value,
/// decoded from that text when first asked for (most strings of a file are never asked for).
/// </summary>
internal sealed class JsonString(int start, string text, int contentStart, int contentLength) : JsonValue(start)
{
    private string? _value;

    /// <summary>
    /// Decoded from the document's text rather than by Utf8JsonReader, which rejects escaped lone surrogates (<c>\uD800</c>)
    /// that a title may hold.
    /// </summary>
    public string Value => _value ??= PaperJsonText.Unescape(text, contentStart, contentLength);

    /// <summary>The length of <see cref="Value"/>, without making it when it is not made yet (an abstract is only needed collapsed).</summary>
    public int Length => _value?.Length ?? PaperJsonText.UnescapedLength(text, contentStart, contentLength);

    /// <summary>
    /// Whether <see cref="Length"/> is at most <paramref name="maxLength"/>, counted only when the content is longer: an escape
    /// decodes to one character, so the value is never longer than its content.
    /// </summary>
    public bool IsAtMost(int maxLength) => contentLength <= maxLength || Length <= maxLength;

    /// <summary>
    /// The value where it lies in the text when it has no escape, without making it; else <see cref="Value"/> (a time stamp,
    /// which is read and dropped, need not become a string).
    /// </summary>
    public ReadOnlySpan<char> Plain => _value is null && text.IndexOf('\\', contentStart, contentLength) < 0 ? text.AsSpan(contentStart, contentLength) : Value.AsSpan();

    /// <summary>Whether the value is empty, which only an empty content decodes to.</summary>
    public bool IsEmpty => contentLength == 0;

    /// <summary>The value as a page shows it (<see cref="PaperJsonText.UnescapeCollapsed"/>), made without making <see cref="Value"/>.</summary>
    public string Collapsed => PaperJsonText.UnescapeCollapsed(text, contentStart, contentLength);

    public override string KindName => "a string";
}

/// <summary>A number: its value when it is a count (a whole number from 0 to int.MaxValue), else its JSON text.</summary>
internal sealed class JsonNumber(int start, int? count, string? text) : JsonValue(start)
{
    public int? Count { get; } = count;

    /// <summary>The number as written when it is not a count (for the diagnostic that says so), else null.</summary>
    public string? Text { get; } = text;

    public override string KindName => "a number";
}

/// <summary>true, false or null.</summary>
internal sealed class JsonLiteral(int start, bool isNull) : JsonValue(start)
{
    public bool IsNull { get; } = isNull;

    public override string KindName => IsNull ? "null" : "a boolean";
}
