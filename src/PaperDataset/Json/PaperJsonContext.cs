using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace PaperDataset.Json;

/// <summary>
/// Source-generated System.Text.Json metadata for the catalogue's types: reflection-free, so it works
/// trimmed and AOT-compiled. Property names are camelCase; dates are ISO 8601; ids are slug strings.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(PaperIdJsonConverter)])]
[JsonSerializable(typeof(Paper))]
[JsonSerializable(typeof(ImmutableArray<Paper>))]
public sealed partial class PaperJsonContext : JsonSerializerContext;
