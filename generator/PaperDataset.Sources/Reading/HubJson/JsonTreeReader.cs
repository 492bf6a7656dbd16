using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace PaperDataset.Sources.Reading.HubJson;

/// <summary>Where and why a text is not JSON: the UTF-16 offset the reader stopped at, and its explanation.</summary>
internal sealed record JsonSyntaxError(int Offset, string Reason);

/// <summary>
/// Parses JSON text into <see cref="JsonValue"/>s with positions, using System.Text.Json's validating reader: strict
/// RFC 8259 (no comments, no trailing commas) and at most <see cref="MaxDepth"/> levels, so deep nesting is an error
/// rather than a stack overflow.
/// </summary>
internal static class JsonTreeReader
{
    /// <summary>A Hub response nests four levels (list, item, paper, author's user); 64 leaves room and stops abuse.</summary>
    public const int MaxDepth = 64;

    private const char ByteOrderMark = '\uFEFF';

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static JsonValue? Parse(string text, out JsonSyntaxError? error)
    {
        var firstChar = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
        var bytes = Utf8.GetBytes(text.Substring(firstChar));
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        var positions = new Utf8Positions(text, firstChar);
        try
        {
            reader.Read();
            var root = ReadValue(ref reader, text, positions);
            reader.Read(); // throws when anything but white space follows the value
            error = null;
            return root;
        }
        catch (JsonException exception)
        {
            var offset = Utf8Positions.CharAtLine(text, firstChar, exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            error = new JsonSyntaxError(offset, Reason(exception.Message));
            return null;
        }
    }

    private static JsonValue ReadValue(ref Utf8JsonReader reader, string text, Utf8Positions positions)
    {
        var start = positions.CharAt(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new Dictionary<string, JsonValue>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = ReadString(ref reader, text, positions).Value;
                    reader.Read();
                    members[name] = ReadValue(ref reader, text, positions);
                }

                return new JsonObject(start, members);
            case JsonTokenType.StartArray:
                var items = new List<JsonValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, text, positions));
                }

                return new JsonArray(start, items);
            case JsonTokenType.String:
                return ReadString(ref reader, text, positions);
            case JsonTokenType.Number:
                return new JsonNumber(start, Utf8.GetString(reader.ValueSpan.ToArray()));
            case JsonTokenType.True:
                return new JsonLiteral(start, "true");
            case JsonTokenType.False:
                return new JsonLiteral(start, "false");
            default:
                return new JsonLiteral(start, "null");
        }
    }

    /// <summary>
    /// A string or property name. Its value is decoded from the document's text rather than by the reader, which rejects
    /// escaped lone surrogates (<c>\uD800</c>) that a title may hold; the text is the reference the slice decoder uses too.
    /// </summary>
    private static JsonString ReadString(ref Utf8JsonReader reader, string text, Utf8Positions positions)
    {
        var start = positions.CharAt(reader.TokenStartIndex);
        var contentStart = positions.CharAt(reader.TokenStartIndex + 1);
        var contentEnd = positions.CharAt(reader.TokenStartIndex + 1 + reader.ValueSpan.Length);
        var escaped = reader.ValueIsEscaped;
        var value = escaped ? PaperJsonText.Unescape(text, contentStart, contentEnd - contentStart) : text.Substring(contentStart, contentEnd - contentStart);
        return new JsonString(start, value, contentStart, contentEnd - contentStart, escaped);
    }

    /// <summary>
    /// The reader's explanation without the position it appends (the diagnostic gives line and column itself), cut short:
    /// it quotes the offending text, which may be the rest of the file.
    /// </summary>
    private static string Reason(string message)
    {
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return HubPaperFields.Shorten((position < 0 ? message : message.Substring(0, position)).TrimEnd());
    }
}
