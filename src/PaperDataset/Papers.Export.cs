using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperDataset.Json;

namespace PaperDataset;

public static partial class Papers
{
    /// <summary>Writes the whole catalogue as one JSON array, in catalogue order.</summary>
    /// <param name="utf8Json">The stream to write UTF-8 JSON to; it is left open.</param>
    public static void WriteJson(Stream utf8Json) => WriteJson(utf8Json, All);

    /// <summary>Writes the given papers as one JSON array.</summary>
    /// <param name="utf8Json">The stream to write UTF-8 JSON to; it is left open.</param>
    /// <param name="papers">The papers to write, e.g. the result of a query over <see cref="All"/>.</param>
    public static void WriteJson(Stream utf8Json, IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(papers);
        using var writer = new Utf8JsonWriter(utf8Json, JsonExport.WriterOptions);
        writer.WriteStartArray();
        foreach (var paper in papers)
        {
            JsonSerializer.Serialize(writer, paper, PaperJsonContext.Default.Paper);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the whole catalogue as JSON Lines: one paper per line, in catalogue order.</summary>
    /// <param name="utf8Json">The stream to write UTF-8 JSON Lines to; it is left open.</param>
    public static void WriteJsonLines(Stream utf8Json) => WriteJsonLines(utf8Json, All);

    /// <summary>Writes the given papers as JSON Lines: one paper per line.</summary>
    /// <param name="utf8Json">The stream to write UTF-8 JSON Lines to; it is left open.</param>
    /// <param name="papers">The papers to write, e.g. the result of a query over <see cref="All"/>.</param>
    public static void WriteJsonLines(Stream utf8Json, IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(papers);
        using var writer = new Utf8JsonWriter(utf8Json, JsonExport.WriterOptions);
        foreach (var paper in papers)
        {
            JsonSerializer.Serialize(writer, paper, PaperJsonContext.Default.Paper);
            writer.Flush();
            utf8Json.Write(JsonExport.NewLine);
            writer.Reset();
        }
    }

    // Not fields of Papers: their initialisers would run in Papers' static constructor, on a program's first use of
    // Papers.All, loading System.Text.Json and System.Text.Encodings.Web and building the encoder's tables (11 of the
    // 13.5 ms a 10k catalogue's first Papers.All took) for a program that never exports.
    private static class JsonExport
    {
        public static readonly byte[] NewLine = [(byte)'\n'];

        // The default encoder escapes everything outside ASCII and the HTML-sensitive characters (Poincar\u00E9, \u0027),
        // which only matters when JSON is pasted into an HTML page or script. These writers make files and pipes, read by
        // JSON parsers: the relaxed encoder still escapes quotes, backslashes and control characters, so the output stays
        // valid JSON (and each JSON Lines record one line), and people read titles as they are written.
        public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    }
}
