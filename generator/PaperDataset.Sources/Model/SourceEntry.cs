using System;

namespace PaperDataset.Sources.Model;

/// <summary>An organisation a paper was submitted under: its Hub handle and display name.</summary>
internal sealed record OrganizationSpec(string Handle, string Name);

/// <summary>An author as the Hub lists them: the name, and the Hub user name when the author claimed the paper.</summary>
internal sealed record AuthorSpec(string Name, string? HubUser);

/// <summary>Facts a source states about an entry, even when the value it states is "unknown" (a year-less date without a capture date).</summary>
[Flags]
internal enum EntryFacts
{
    None = 0,
    PublishedOn = 1,
    AuthorCount = 2,
    Organization = 4,
    CommentCount = 8,

    /// <summary>What a text copy's meta block shows, always together: date, author count or organisation, comments.</summary>
    MetaBlock = PublishedOn | AuthorCount | Organization | CommentCount,
}

/// <summary>How much of <see cref="SourceEntry.PublishedOn"/> the source wrote out.</summary>
internal enum DatePrecision
{
    /// <summary>Year, month and day as written.</summary>
    Day,

    /// <summary>Month and day as written; the year was inferred from the capture date (pages omit the current year).</summary>
    DayOfInferredYear,
}

/// <summary>
/// One paper as one source shows it, before merging: the same model whatever the format. Every fact is optional
/// because each format shows a different subset; <see cref="Shown"/> says which ones this source states.
/// </summary>
/// <param name="Title">The title as the page shows it.</param>
/// <param name="Abstract">The abstract as the page shows it.</param>
/// <param name="Position">Where the entry starts: the line of its title.</param>
internal sealed record SourceEntry(string Title, string Abstract, TextPosition Position)
{
    public EntryFacts Shown { get; init; }

    public CalendarDate? PublishedOn { get; init; }

    public DatePrecision PublishedPrecision { get; init; }

    public int? AuthorCount { get; init; }

    public OrganizationSpec? Organization { get; init; }

    /// <summary>The discussion count, not upvotes.</summary>
    public int? CommentCount { get; init; }

    /// <summary>The arXiv id (<c>2403.12345</c>); when known, it is the paper's identity in merging.</summary>
    public string? ArxivId { get; init; }

    /// <summary>The authors in order; empty when the source shows only a count or nothing.</summary>
    public EquatableArray<AuthorSpec> Authors { get; init; } = EquatableArray<AuthorSpec>.Empty;

    public int? Upvotes { get; init; }

    /// <summary>The Daily Papers day the paper was submitted on.</summary>
    public CalendarDate? SubmittedOn { get; init; }

    public string? GitHubRepository { get; init; }

    public int? GitHubStars { get; init; }

    public string? ProjectPage { get; init; }

    public EquatableArray<string> Keywords { get; init; } = EquatableArray<string>.Empty;

    public string? AiSummary { get; init; }
}
