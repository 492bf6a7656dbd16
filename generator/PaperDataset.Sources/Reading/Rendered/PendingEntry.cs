using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.PageVocabulary;

namespace PaperDataset.Sources.Reading.Rendered;

/// <summary>An entry being read: its title, then whatever the parts after it say.</summary>
internal sealed class PendingEntry(RenderedPart title, int? upvotes)
{
    public RenderedPart Title { get; } = title;

    public int? Upvotes { get; } = upvotes;

    public RenderedPart? Abstract { get; set; }

    public bool AbstractCut { get; set; }

    public EntryFacts Shown { get; private set; }

    public int? AuthorCount { get; private set; }

    public OrganizationSpec? Organization { get; private set; }

    public CalendarDate? PublishedOn { get; private set; }

    public DatePrecision PublishedPrecision { get; private set; }

    public int? CommentCount { get; private set; }

    public string? ArxivId { get; private set; }

    public string? GitHubRepository { get; private set; }

    public int? GitHubStars { get; private set; }

    public (TextPosition Position, string Reason)? Problem { get; private set; }

    private bool _separator;
    private bool _linked;
    private TextPosition _separatorPosition;

    /// <summary>The links close an entry: a meta line after them is another entry's, displaced.</summary>
    public bool Takes(RenderedPart part) => !_linked || part.Kind is PartKind.GitHub or PartKind.ArxivLink;

    public void Apply(RenderedPart part, CalendarDate? capturedOn)
    {
        _linked |= part.Kind is PartKind.GitHub or PartKind.ArxivLink;
        switch (part.Kind)
        {
            case PartKind.AuthorCount or PartKind.Organization:
                if (Shown.HasFlag(EntryFacts.AuthorCount))
                {
                    Fail(part, $"a second author count or organisation, \"{part.First.Quoted}\"");
                    return;
                }

                Shown |= EntryFacts.AuthorCount | EntryFacts.Organization;
                AuthorCount = part.Kind == PartKind.AuthorCount ? part.Number : null;
                Organization = part.Kind == PartKind.Organization ? new OrganizationSpec(part.Handle!, part.Text) : null;
                return;
            case PartKind.Separator:
                if (_separator || !Shown.HasFlag(EntryFacts.AuthorCount))
                {
                    Fail(part, _separator ? "a second separator" : "nothing before the separator: the author count or organisation is missing");
                }

                _separator = true;
                _separatorPosition = part.Position;
                return;
            case PartKind.Date:
                AddDate(part, capturedOn);
                return;
            case PartKind.Comments:
                if (!Shown.HasFlag(EntryFacts.PublishedOn) || CommentCount > 0)
                {
                    Fail(part, $"a comment count without its date, \"{part.First.Quoted}\"");
                    return;
                }

                CommentCount = part.Number;
                return;
            case PartKind.GitHub:
                if (GitHubRepository is null)
                {
                    // The first link is the paper's repository; its stars come with it, never a later link's.
                    GitHubRepository = part.Handle;
                    GitHubStars = part.Number;
                }
                else if (GitHubRepository == part.Handle)
                {
                    GitHubStars ??= part.Number; // the same link again, after an empty one to it: the stars are its own
                }

                return;
            case PartKind.ArxivLink:
                ArxivId ??= part.ArxivId;
                return;
            default:
                Fail(part, part.Problem ?? $"unexpected line \"{part.First.Quoted}\"");
                return;
        }
    }

    private void AddDate(RenderedPart part, CalendarDate? capturedOn)
    {
        if (Shown.HasFlag(EntryFacts.PublishedOn))
        {
            Fail(part, $"a second date, \"{part.First.Quoted}\"");
            return;
        }

        if (!MetaBlock.TryParseDate(part.Text, capturedOn, out var date, out var precision, out var inline, out var error))
        {
            Fail(part, error!);
            return;
        }

        Shown |= EntryFacts.PublishedOn | EntryFacts.CommentCount;
        PublishedOn = date;
        PublishedPrecision = precision;

        // The page shows a comment count only when there are comments.
        CommentCount = part.Number ?? inline ?? 0;
    }

    /// <summary>A separator promises a date after it: without one, a line of the meta was lost.</summary>
    public void CheckComplete()
    {
        if (_separator && !Shown.HasFlag(EntryFacts.PublishedOn))
        {
            Problem ??= (_separatorPosition, "no date after the separator");
        }
    }

    private void Fail(RenderedPart part, string reason) => Problem ??= (part.Position, reason);
}
