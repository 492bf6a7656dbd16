using System.Collections.Generic;
using System.Threading;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.TextCopy;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.Rendered;

/// <summary>
/// Turns the parts of a rendered page into entries, the same way for every rendering. A rendering marks its titles
/// (a heading, a link to the paper), so an entry starts at its title (or at the upvote count just above it) and owns what
/// follows up to the next one: the abstract, then meta parts in any order. What belongs to no entry is reported once per
/// run of lines (PDS001); a title whose abstract is missing or cut off is named (PDS008); a meta part that is not valid
/// drops the entry's meta with PDS002 and keeps the paper.
/// </summary>
internal sealed class EntryAssembler
{
    private readonly string _path;
    private readonly CalendarDate? _capturedOn;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly List<SourceEntry> _entries = [];
    private RenderedPart? _upvotes;
    private PendingEntry? _pending;
    private (TextLine First, TextLine Last)? _orphans;

    // After a title without abstract is reported, the rest of its meta is part of that one mistake, not another.
    private bool _inReportedEntry;

    private EntryAssembler(string path, CalendarDate? capturedOn, List<DiagnosticInfo> diagnostics)
    {
        _path = path;
        _capturedOn = capturedOn;
        _diagnostics = diagnostics;
    }

    public static List<SourceEntry> Assemble(
        string path, IEnumerable<RenderedPart> parts, CalendarDate? capturedOn, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var assembler = new EntryAssembler(path, capturedOn, diagnostics);
        foreach (var part in parts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            assembler.Add(part);
        }

        assembler.EndOrphans();
        assembler.Complete();
        return assembler._entries;
    }

    private void Add(RenderedPart part)
    {
        switch (part.Kind)
        {
            case PartKind.Chrome:
                return;
            case PartKind.Upvotes:
                StartEntry();
                _upvotes = part;
                return;
            case PartKind.Title:
                var upvotes = _upvotes;
                StartEntry();
                _pending = new PendingEntry(part, upvotes?.Number);
                return;
            case PartKind.Abstract:
                AddAbstract(part);
                return;
            case PartKind.Unknown:
                Orphan(part);
                return;
            default:
                AddMeta(part);
                return;
        }
    }

    private void StartEntry()
    {
        EndOrphans();
        Complete();
        _upvotes = null;
        _inReportedEntry = false;
    }

    private void AddAbstract(RenderedPart part)
    {
        if (_pending is { Abstract: null, AbstractCut: false } pending)
        {
            EndOrphans();
            if (part.Complete)
            {
                pending.Abstract = part;
            }
            else
            {
                pending.AbstractCut = true; // the file ends inside it: PDS008 names the title
            }
        }
        else
        {
            // An abstract whose title is missing, or a second abstract: the entry before it is complete, and the meta that
            // follows belongs to the lost title, not to that entry.
            if (_pending?.Abstract is not null)
            {
                Complete();
            }

            Orphan(part);
        }
    }

    private void AddMeta(RenderedPart part)
    {
        if (_pending is { } linked && !linked.Takes(part))
        {
            Complete();
        }

        if (_pending is null)
        {
            if (!_inReportedEntry)
            {
                Orphan(part);
            }

            return;
        }

        EndOrphans();
        if (_pending.Abstract is null)
        {
            Complete();
            _inReportedEntry = true;
            return;
        }

        _pending.Apply(part, _capturedOn);
    }

    private void Orphan(RenderedPart part)
    {
        _upvotes = null; // an upvote count belongs to the title right below it, never to one further down
        _orphans = _orphans is { } run ? (run.First, part.Last) : (part.First, part.Last);
    }

    private void EndOrphans()
    {
        if (_orphans is { } run)
        {
            _orphans = null;
            _diagnostics.Add(SkippedLines.Create(_path, RenderedPart.Span(run.First, run.Last), run.Last.Index, run.First.Quoted));
        }
    }

    private void Complete()
    {
        var pending = _pending;
        _pending = null;
        if (pending is null)
        {
            return;
        }

        var title = pending.Title;
        if (pending.Abstract is not { } summary)
        {
            _diagnostics.Add(DiagnosticInfo.Create(KnownDiagnostics.MissingAbstract, _path, title.Position, title.Text));
            return;
        }

        var entry = new SourceEntry(title.Text, summary.Text, title.Position)
        {
            TitleSlice = title.Slice,
            AbstractSlice = summary.Slice,
            ArxivId = title.ArxivId ?? pending.ArxivId,
            Upvotes = pending.Upvotes,
            GitHubRepository = pending.GitHubRepository,
            GitHubStars = pending.GitHubStars,
        };
        pending.CheckComplete();
        if (pending.Problem is { } problem)
        {
            _diagnostics.Add(DiagnosticInfo.Create(KnownDiagnostics.MalformedMeta, _path, problem.Position, title.Text, problem.Reason));
            _entries.Add(entry);
            return;
        }

        _entries.Add(entry with
        {
            Shown = pending.Shown,
            PublishedOn = pending.PublishedOn,
            PublishedPrecision = pending.PublishedPrecision,
            AuthorCount = pending.AuthorCount,
            Organization = pending.Organization,
            CommentCount = pending.CommentCount,
        });
    }

    /// <summary>An entry being read: its title, then whatever the parts after it say.</summary>
    private sealed class PendingEntry(RenderedPart title, int? upvotes)
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
                    GitHubRepository ??= part.Handle;
                    GitHubStars ??= part.Number;
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
}
