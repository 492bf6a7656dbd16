using System.Text.Json;

namespace PaperDataset.Cli.Fetch;

/// <summary>What a response must hold to be saved: a list of daily-paper items, or one paper object.</summary>
internal enum ResponseShape
{
    /// <summary>A JSON array of items, each with a <c>paper</c> object that has a string <c>id</c> (daily lists and searches).</summary>
    PaperItems,

    /// <summary>One paper object with a string <c>id</c> (<c>/api/papers/{id}</c>).</summary>
    Paper,
}

/// <summary>The outcome of checking a body: how many items it holds, or what is wrong with it.</summary>
internal readonly record struct ShapeCheck(int Items, string? Problem)
{
    public bool IsValid => Problem is null;
}

internal static class ResponseShapes
{
    public static string Describe(this ResponseShape shape) => shape == ResponseShape.Paper
        ? "a paper object with an id"
        : "a JSON array of items with a paper id";

    /// <summary>Checks a body without keeping anything from it: the bytes are saved as they are, never re-serialised.</summary>
    public static ShapeCheck Check(this ResponseShape shape, byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return new ShapeCheck(0, "not JSON: " + e.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (shape == ResponseShape.Paper)
            {
                return HasStringId(root) ? new ShapeCheck(1, null) : new ShapeCheck(0, $"a JSON {Kind(root)} without a string id");
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                return new ShapeCheck(0, $"a JSON {Kind(root)}, not an array");
            }

            var index = 0;
            foreach (var item in root.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("paper", out var paper)
                    || !HasStringId(paper))
                {
                    return new ShapeCheck(0, $"item {index} is a JSON {Kind(item)} without a paper id");
                }

                index++;
            }

            return new ShapeCheck(index, null);
        }
    }

    private static bool HasStringId(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("id", out var id)
        && id.ValueKind == JsonValueKind.String;

    private static string Kind(JsonElement element) => element.ValueKind.ToString().ToLowerInvariant();
}
