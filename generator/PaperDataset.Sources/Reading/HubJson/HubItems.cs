using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Model;

namespace PaperDataset.Sources.Reading.HubJson;

/// <summary>
/// The one mapping from Hub JSON values to entries, shared by the JSON reader and the saved-page reader: a daily-papers or
/// search item <c>{paper: {...}, numComments, ...}</c>, or a bare paper object <c>{id, title, summary, ...}</c>.
/// </summary>
internal static class HubItems
{
    /// <summary>
    /// Maps <paramref name="values"/> (a list's items, or one object) to entries. <paramref name="locate"/> gives the position
    /// of a character offset of the parsed text.
    /// Values that are not paper objects at all are counted into one diagnostic, not one each: PDS017 when no value is a
    /// paper object, PDS023 when some are.
    /// </summary>
    public static ReaderOutput Read(
        SourceDocument document, IReadOnlyList<JsonValue> values, Func<int, TextPosition> locate,
        List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var entries = new List<SourceEntry>();
        CalendarDate? latest = null;
        JsonValue? firstForeign = null;
        var foreign = 0;
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!IsPaperLike(value))
            {
                firstForeign ??= value;
                foreign++;
                continue;
            }

            if (Map(document.Path, (JsonObject)value, locate, diagnostics) is { } mapped)
            {
                entries.Add(mapped.Entry);
                latest = Later(latest, mapped.ListedOn);
            }
        }

        if (firstForeign is not null)
        {
            var position = locate(firstForeign.Start);
            // Nothing at all to read is an error (the file is not what it should be); a few strays among papers are not.
            diagnostics.Add(DiagnosticInfo.Create(
                foreign == values.Count ? KnownDiagnostics.NotPaperObjects : KnownDiagnostics.SomeNotPaperObjects, document.Path, position, Text(foreign), Text(values.Count), document.FileName, Text(position.LineNumber), Describe(firstForeign)));
        }

        if (values.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(KnownDiagnostics.NoEntries, document.Path, locate(0), document.FileName));
        }

        return new ReaderOutput(entries, latest);
    }

    /// <summary>An item (it has a <c>paper</c>) or a paper (it has one of the fields a paper must have); anything else is foreign.</summary>
    private static bool IsPaperLike(JsonValue value) =>
        value is JsonObject item && (item[HubMember.Paper] is not null || item[HubMember.Id] is not null || item[HubMember.Title] is not null || item[HubMember.Summary] is not null);

    private sealed record MappedItem(SourceEntry Entry, CalendarDate? ListedOn);

    private static MappedItem? Map(string path, JsonObject item, Func<int, TextPosition> locate, List<DiagnosticInfo> diagnostics)
    {
        var position = locate(item.Start);
        var fields = new HubPaperFields();
        var outer = item[HubMember.Paper] is null ? null : item;
        var paper = outer is null ? item : fields.Object(item, HubMember.Paper);
        var required = paper is null ? null : RequiredFields(paper, outer, fields);
        if (paper is null || required is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(KnownDiagnostics.IncompletePaper, path, position, Text(position.LineNumber), fields.Problems.Count > 0 ? fields.Problems[0] : "\"paper\" is null"));
            return null;
        }

        var (id, titleText, abstractText) = required.Value;
        var authors = fields.Authors(paper);
        var organization = fields.Organization(paper) ?? (outer is null ? null : fields.Organization(outer));
        var publishedOn = fields.Date(paper, HubMember.PublishedAt);
        var submittedOn = fields.Date(paper, HubMember.SubmittedOnDailyAt);
        var comments = outer is null ? null : fields.Count(outer, HubMember.NumComments);
        var entry = new SourceEntry(titleText, abstractText, position)
        {
            ArxivId = id,
            PublishedOn = publishedOn,
            PublishedPrecision = DatePrecision.Day,
            SubmittedOn = submittedOn,
            Authors = authors ?? EquatableArray<AuthorSpec>.Empty,
            AuthorCount = authors?.Count,
            Upvotes = fields.Count(paper, HubMember.Upvotes),
            CommentCount = comments,
            Organization = organization,
            GitHubRepository = NonEmpty(fields.String(paper, HubMember.GitHubRepo)),
            ProjectPage = NonEmpty(fields.String(paper, HubMember.ProjectPage)),
            GitHubStars = fields.Count(paper, HubMember.GitHubStars),
            Keywords = fields.Strings(paper, HubMember.AiKeywords),
            AiSummary = fields.String(paper, HubMember.AiSummary, HubPaperFields.MaxAbstractLength) is { IsEmpty: false } aiSummary ? aiSummary.Collapsed : null,
            Shown = (publishedOn is null ? EntryFacts.None : EntryFacts.PublishedOn)
                | (authors is null ? EntryFacts.None : EntryFacts.AuthorCount)
                | (organization is null ? EntryFacts.None : EntryFacts.Organization)
                | (comments is null ? EntryFacts.None : EntryFacts.CommentCount),
        };

        foreach (var problem in fields.Problems)
        {
            diagnostics.Add(DiagnosticInfo.Create(KnownDiagnostics.UnusableField, path, position, Text(position.LineNumber), problem));
        }

        // The day the item was listed: the Daily Papers day when stated, else the item's (or a bare paper's) own publishedAt.
        var listedOn = submittedOn ?? new HubPaperFields().Date(outer ?? paper, HubMember.PublishedAt);
        return new MappedItem(entry, listedOn);
    }

    /// <summary>
    /// The id, and the title and abstract as shown, or null with the reason as the first problem:
    /// without them there is no paper.
    /// </summary>
    private static (string Id, string TitleText, string SummaryText)? RequiredFields(JsonObject paper, JsonObject? outer, HubPaperFields fields)
    {
        var id = fields.String(paper, HubMember.Id);
        if (id is null || !HubPaperFields.IsArxivId(id.Value))
        {
            Require(fields, id is null ? "no \"id\"" : "\"id\" \"" + HubPaperFields.Shorten(id.Value) + "\" is not an arXiv id");
            return null;
        }

        var title = fields.String(paper, HubMember.Title) ?? (outer is null ? null : fields.String(outer, HubMember.Title));
        if (title is null || title.Collapsed is not { Length: > 0 } titleText)
        {
            Require(fields, title is null ? "no \"title\"" : "\"title\" is blank");
            return null;
        }

        var summary = fields.String(paper, HubMember.Summary, HubPaperFields.MaxAbstractLength);
        if (summary is null || summary.Collapsed is not { Length: > 0 } summaryText)
        {
            Require(fields, summary is null ? "no \"summary\"" : "\"summary\" is blank");
            return null;
        }

        return (id.Value, titleText, summaryText);
    }

    /// <summary>Records why a required field is missing, unless reading it already said why (wrong type, too long).</summary>
    private static void Require(HubPaperFields fields, string reason)
    {
        if (fields.Problems.Count == 0)
        {
            fields.Problems.Add(reason);
        }
    }

    private static string? NonEmpty(JsonString? value) => value is null || value.IsEmpty ? null : value.Value;

    private static CalendarDate? Later(CalendarDate? current, CalendarDate? candidate) =>
        candidate is { } date && (current is null || date.CompareTo(current.Value) > 0) ? date : current;

    private static string Describe(JsonValue value) => value is JsonString text ? "the string \"" + HubPaperFields.Shorten(text.Value) + "\"" : value.KindName;

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
