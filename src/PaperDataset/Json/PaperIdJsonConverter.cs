using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaperDataset.Json;

/// <summary>Writes a <see cref="PaperId"/> as its slug string, the way people read and type ids.</summary>
public sealed class PaperIdJsonConverter : JsonConverter<PaperId>
{
    /// <inheritdoc/>
    public override PaperId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("A paper id must be a string."));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PaperId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
