using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.HubJson;

/// <summary>
/// Reads the Hub API's papers JSON: a daily list or search results (an array of items with a <c>paper</c>), one paper
/// object, or an array of them.
/// </summary>
internal sealed class HubJsonReader : ISourceReader
{
    public static readonly HubJsonReader Instance = new();

    private HubJsonReader()
    {
    }

    public SourceFormat Format => SourceFormat.HubJson;

    // Every date is written out in full; without a declared capture date the file's latest date stands in.
    public bool NeedsCaptureDate => false;

    public ReaderOutput Read(
        SourceDocument document, IReadOnlyList<TextLine> lines, CalendarDate? capturedOn, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        // Positions come from the text, not from the lines, so that a JSON file is never split into lines (see LazyTextLines).
        var locator = new TextLocator(document.Text);
        var root = HubJsonTreeReader.Parse(document.Text, out var error);
        if (root is null)
        {
            diagnostics.Add(InvalidJson(document, locator.At(error!.Offset), error.Reason));
            return new ReaderOutput([]);
        }

        IReadOnlyList<JsonValue> values = root is JsonArray array ? array.Items : [root];
        return HubItems.Read(document, values, locator.At, diagnostics, cancellationToken);
    }

    public static DiagnosticInfo InvalidJson(SourceDocument document, TextPosition position, string reason) =>
        DiagnosticInfo.Create(
            KnownDiagnostics.InvalidJson,
            document.Path,
            position,
            document.FileName,
            position.LineNumber.ToString(CultureInfo.InvariantCulture),
            (position.StartColumn + 1).ToString(CultureInfo.InvariantCulture),
            reason);
}
