using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace PaperDataset.Sources.Reading.HubJson;

/// <summary>Where and why a text is not JSON: the UTF-16 offset the reader stopped at, and its explanation.</summary>
internal sealed record JsonSyntaxError(int Offset, string Reason);

/// <summary>
/// Reads JSON text into the <see cref="JsonValue"/>s the Hub mapping may look at, straight off System.Text.Json's validating
/// reader: members the mapping does not read are skipped without being decoded, and only the values kept get a UTF-16
/// position. Strict RFC 8259 (no comments, no trailing commas) over the whole text, so a file that breaks anywhere gives
/// no tree at all, and at most <see cref="MaxDepth"/> levels, so deep nesting is an error rather than a stack overflow.
/// </summary>
internal sealed class HubJsonTreeReader
{
    /// <summary>A Hub response nests four levels (list, item, paper, author's user); 64 leaves room and stops abuse.</summary>
    public const int MaxDepth = 64;

    private const char ByteOrderMark = '\uFEFF';

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly string _text;
    private readonly byte[] _bytes;
    private readonly Utf8Positions _positions;

    // The members of the objects being read, innermost last: one list for the whole text rather than one per object.
    private readonly List<KeyValuePair<HubMember, JsonValue>> _members = [];

    private HubJsonTreeReader(string text, byte[] bytes, Utf8Positions positions)
    {
        _text = text;
        _bytes = bytes;
        _positions = positions;
    }

    public static JsonValue? Parse(string text, out JsonSyntaxError? error)
    {
        var firstChar = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
        var charCount = text.Length - firstChar;
        var bytes = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(charCount));
        try
        {
            var length = Utf8.GetBytes(text, firstChar, charCount, bytes, 0);
            var positions = new Utf8Positions(firstChar, bytes, length);
            var reader = new Utf8JsonReader(
                new ReadOnlySpan<byte>(bytes, 0, length), new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
            try
            {
                reader.Read();
                var root = new HubJsonTreeReader(text, bytes, positions).Value(ref reader);
                reader.Read(); // throws when anything but white space follows the value
                error = null;
                return root;
            }
            catch (JsonException exception)
            {
                var offset = positions.CharAtLine(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
                error = new JsonSyntaxError(offset, Reason(exception.Message));
                return null;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private JsonValue Value(ref Utf8JsonReader reader)
    {
        var start = _positions.CharAt(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return Object(ref reader, start);
            case JsonTokenType.StartArray:
                var items = new List<JsonValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Value(ref reader));
                }

                return new JsonArray(start, items);
            case JsonTokenType.String:
                var (contentStart, contentLength) = Content(ref reader);
                return new JsonString(start, _text, contentStart, contentLength);
            case JsonTokenType.Number:
                return Number(ref reader, start);
            case JsonTokenType.True or JsonTokenType.False:
                return new JsonLiteral(start, isNull: false);
            default:
                return new JsonLiteral(start, isNull: true);
        }
    }

    private JsonObject Object(ref Utf8JsonReader reader, int start)
    {
        var first = _members.Count;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = Member(ref reader);
            reader.Read();
            if (member is { } known)
            {
                _members.Add(new KeyValuePair<HubMember, JsonValue>(known, Value(ref reader)));
            }
            else
            {
                reader.Skip(); // validates what it skips
            }
        }

        var members = new KeyValuePair<HubMember, JsonValue>[_members.Count - first];
        _members.CopyTo(first, members, 0, members.Length);
        _members.RemoveRange(first, members.Length);
        return new JsonObject(start, members);
    }

    /// <summary>The member a property name stands for; an escaped name is decoded as a string value is (from the text).</summary>
    private HubMember? Member(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return HubMembers.Find(reader.ValueSpan);
        }

        var (contentStart, contentLength) = Content(ref reader);
        return HubMembers.Find(PaperJsonText.Unescape(_text, contentStart, contentLength));
    }

    /// <summary>A count when the number is one (int.TryParse with no sign, point or exponent), else the number as written.</summary>
    private JsonNumber Number(ref Utf8JsonReader reader, int start)
    {
        if (reader.ValueSpan[0] != (byte)'-' && reader.TryGetInt32(out var count))
        {
            return new JsonNumber(start, count, text: null);
        }

        return new JsonNumber(start, count: null, Utf8.GetString(_bytes, (int)reader.TokenStartIndex, reader.ValueSpan.Length));
    }

    /// <summary>Where a string token's content (between its quotes) lies in the text.</summary>
    private (int Start, int Length) Content(ref Utf8JsonReader reader)
    {
        var contentStart = _positions.CharAt(reader.TokenStartIndex + 1);
        var contentEnd = _positions.CharAt(reader.TokenStartIndex + 1 + reader.ValueSpan.Length);
        return (contentStart, contentEnd - contentStart);
    }

    /// <summary>
    /// The reader's explanation without the position it appends (the diagnostic gives line and column itself) or its closing
    /// full stop (the message goes on after it), cut short: it quotes the offending text, which may be the rest of the file.
    /// </summary>
    private static string Reason(string message)
    {
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return HubPaperFields.Shorten((position < 0 ? message : message.Substring(0, position)).TrimEnd().TrimEnd('.'));
    }
}
