using System.Collections.Generic;

namespace PaperDataset.Sources.Reading.HubJson;

/// <summary>
/// A parsed JSON value that remembers where it starts in the document's text (UTF-16 offset). JsonDocument cannot say
/// where a value lies, and the readers need that for positions and for string slices.
/// </summary>
internal abstract class JsonValue(int start)
{
    public int Start { get; } = start;

    /// <summary>How a diagnostic names the value's kind: "a string", "a number", ...</summary>
    public abstract string KindName { get; }
}

internal sealed class JsonObject(int start, Dictionary<string, JsonValue> members) : JsonValue(start)
{
    /// <summary>The members by name; a repeated name keeps its last value, as JavaScript's JSON.parse does.</summary>
    public IReadOnlyDictionary<string, JsonValue> Members { get; } = members;

    public override string KindName => "an object";

    public JsonValue? this[string name] => Members.TryGetValue(name, out var value) ? value : null;
}

internal sealed class JsonArray(int start, List<JsonValue> items) : JsonValue(start)
{
    public IReadOnlyList<JsonValue> Items { get; } = items;

    public override string KindName => "an array";
}

/// <summary>A string: its decoded value, and where its content (between the quotes, escapes as written) lies in the text.</summary>
internal sealed class JsonString(int start, string value, int contentStart, int contentLength, bool isEscaped) : JsonValue(start)
{
    public string Value { get; } = value;

    public int ContentStart { get; } = contentStart;

    public int ContentLength { get; } = contentLength;

    /// <summary>Whether the content holds escapes, so that it differs from <see cref="Value"/>.</summary>
    public bool IsEscaped { get; } = isEscaped;

    public override string KindName => "a string";
}

/// <summary>A number, kept as its JSON text; the mapping decides which numbers it accepts.</summary>
internal sealed class JsonNumber(int start, string text) : JsonValue(start)
{
    public string Text { get; } = text;

    public override string KindName => "a number";
}

/// <summary>true, false or null.</summary>
internal sealed class JsonLiteral(int start, string text) : JsonValue(start)
{
    public string Text { get; } = text;

    public bool IsNull => Text == "null";

    public override string KindName => Text == "null" ? "null" : "a boolean";
}
