using System.Collections.Generic;
using System.Threading;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Model;
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
            case PartKind.Unknown or PartKind.RefusedTitle:
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
        // An upvote count belongs to the title right below it, never to one further down: above lines of no paper, it is
        // one of them (the title between was lost).
        _orphans = _orphans is { } run ? (run.First, part.Last) : ((_upvotes ?? part).First, part.Last);
        _upvotes = null;
        _inReportedEntry = false; // what follows lines of no paper is theirs, not the reported entry's
    }

    private void EndOrphans()
    {
        if (_orphans is { } run)
        {
            _orphans = null;
            _diagnostics.Add(SkippedLines.Create(_path, run.First.Through(run.Last), run.Last.Index, run.First.Quoted));
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
}
