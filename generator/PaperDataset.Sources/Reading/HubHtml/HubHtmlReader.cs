using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.HubJson;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.HubHtml;

/// <summary>
/// Reads a saved huggingface.co/papers page. The server renders the list as JSON, HTML-entity-encoded, in the
/// <c>data-props</c> attribute of the element with <c>data-target="DailyPapers"</c>: <c>{date, dailyPapers: [items], ...}</c>.
/// The items are those of the API's daily list, read by the same mapping; every entry is at the line of the attribute.
/// </summary>
internal sealed class HubHtmlReader : ISourceReader
{
    public static readonly HubHtmlReader Instance = new();

    private const string Marker = "DailyPapers";

    private HubHtmlReader()
    {
    }

    public SourceFormat Format => SourceFormat.HubHtml;

    public bool NeedsCaptureDate => false;

    public ReaderOutput Read(
        SourceDocument document, IReadOnlyList<TextLine> lines, CalendarDate? capturedOn, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var locator = new TextLocator(document.Text);
        var props = FindProps(document.Text);
        if (props is not { } attribute)
        {
            return Fail(document, locator, 0, "no element with data-target=\"DailyPapers\" and a data-props attribute", diagnostics);
        }

        var position = locator.At(attribute.ValueStart);

        // WebUtility.HtmlDecode (netstandard2.0) decodes decimal and hex references and HTML 4's named ones, which covers
        // what the server writes in attributes (&quot; &amp; &lt; &gt; &#39;); an unknown name is left as written.
        var json = WebUtility.HtmlDecode(attribute.RawValue);
        var root = HubJsonTreeReader.Parse(json, out var error);
        if (root is null)
        {
            diagnostics.Add(HubJsonReader.InvalidJson(document, position, "in its data-props attribute, " + error!.Reason));
            return new ReaderOutput([]);
        }

        if (root is not JsonObject page || page[HubMember.DailyPapers] is not JsonArray papers)
        {
            return Fail(document, locator, attribute.ValueStart, "its data-props JSON has no \"dailyPapers\" array", diagnostics);
        }

        return HubItems.Read(document, papers.Items, _ => position, diagnostics, cancellationToken);
    }

    /// <summary>The data-props attribute of the first start tag whose data-target is DailyPapers.</summary>
    private static HtmlAttribute? FindProps(string text)
    {
        var searchedFrom = 0;
        for (var at = text.IndexOf(Marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Marker, at + Marker.Length, StringComparison.Ordinal))
        {
            // Look back only to the previous occurrence: with no '<' in between, this one is in a tag already tried. Keeps a
            // page full of the word linear.
            var lessThan = text.LastIndexOf('<', at, at - searchedFrom + 1);
            searchedFrom = at;
            if (lessThan < 0)
            {
                continue;
            }

            var attributes = HtmlStartTag.Attributes(text, lessThan);
            if (attributes.TryGetValue("data-target", out var target) && target.RawValue == Marker && attributes.TryGetValue("data-props", out var props))
            {
                return props;
            }
        }

        return null;
    }

    private static ReaderOutput Fail(SourceDocument document, TextLocator locator, int offset, string reason, List<DiagnosticInfo> diagnostics)
    {
        diagnostics.Add(DiagnosticInfo.Create(KnownDiagnostics.NoDailyPapersData, document.Path, locator.At(offset), document.FileName, reason));
        return new ReaderOutput([]);
    }
}
