using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PaperDataset.Sources.Diagnostics;
using PaperDataset.Sources.Model;
using PaperDataset.Sources.Reading.PageVocabulary;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.TextCopy;

/// <summary>
/// Reads the list below the page header: blocks of title, abstract and optional meta block. Text blocks alternate
/// title, abstract; a block too long to be a title is always an abstract, which re-synchronises the alternation after
/// a lost or extra line, so one damaged entry never shifts the rest of the file. Every block that becomes no paper is
/// named by a diagnostic.
/// </summary>
internal sealed class EntryReader
{
    private readonly string _path;
    private readonly CalendarDate? _capturedOn;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly List<SourceEntry> _entries = [];
    private Pending? _pending;

    // Lines skipped one after another with nothing read between them: one mistake, reported once when the run ends.
    private (TextPosition First, TextPosition Last, string Quoted)? _skipped;

    private EntryReader(string path, CalendarDate? capturedOn, List<DiagnosticInfo> diagnostics)
    {
        _path = path;
        _capturedOn = capturedOn;
        _diagnostics = diagnostics;
    }

    public static List<SourceEntry> Read(
        string path, IReadOnlyList<TextLine> lines, int firstLine, CalendarDate? capturedOn, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var reader = new EntryReader(path, capturedOn, diagnostics);
        foreach (var block in TextLines.Blocks(lines, firstLine))
        {
            cancellationToken.ThrowIfCancellationRequested();
            reader.Add(block);
        }

        reader.Complete();
        reader.EndSkipped();
        return reader._entries;
    }

    private void Add(List<TextLine> written)
    {
        // Meta written as links reads as its plain wording.
        var block = LinkedMeta.AsPlainText(written);
        if (block.Count == 1 && LineShapes.IsUpvote(block[0].Text))
        {
            Complete();
        }
        else if (block.Count == 1 && (LineShapes.IsChrome(block[0].Text) || MetaBlock.IsDate(block[0].Text)))
        {
            // Site chrome or a lone date inside the list is debris of a damaged page, never a title or an abstract.
            Skipped(block[0].Position, block[0].Quoted);
        }
        else if (MetaBlock.LooksLikeMeta(block))
        {
            AddMeta(block);
        }
        else
        {
            // An upvote count may also sit directly above the title with no blank line between.
            var textLines = block.Count > 1 && LineShapes.IsUpvote(block[0].Text) ? block.Skip(1).ToList() : block;
            if (textLines.Count > 1 && textLines.Exists(line => line.Text.Length > LineShapes.MaxTitleLength))
            {
                // A wrapped paragraph has no abstract-length line: these are whole items that lost the blank line between them.
                foreach (var line in WithoutRepeats(textLines))
                {
                    AddText(line.Text, line.Position);
                }
            }
            else
            {
                // A wrapped title is joined with spaces. Its position spans every line, so a diagnostic about it names them all.
                var kept = WithoutRepeats(textLines).ToList();
                AddText(string.Join(" ", kept.Select(line => line.Text)), textLines[0].Through(textLines[textLines.Count - 1]));
            }
        }
    }

    /// <summary>A wrapped line never repeats the line above it: a repeat is a duplicated line, reported and left out.</summary>
    private IEnumerable<TextLine> WithoutRepeats(List<TextLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && lines[i].Text == lines[i - 1].Text)
            {
                Skipped(lines[i].Position, lines[i].Quoted);
            }
            else
            {
                yield return lines[i];
            }
        }
    }

    private void AddMeta(List<TextLine> block)
    {
        if (_pending?.Abstract is not null)
        {
            EndSkipped();
            var meta = MetaBlock.TryParse(block, _capturedOn, out var error);
            if (meta is null)
            {
                Report(KnownDiagnostics.MalformedMeta, block[0].Position, _pending.Title, error!);
            }

            Complete(meta);
        }
        else if (_pending is not null && !LooksLikeProse(_pending.Title))
        {
            // The block belongs to a title whose abstract is missing; PDS008 names that title.
            Complete();
        }
        else if (_pending is not null)
        {
            // Sentences are an abstract, however short: its title is what is missing, so it and its meta block are one skipped run.
            var orphan = _pending;
            _pending = null;
            EndSkipped(); // lines skipped after it (debris) are a mistake of their own, and a run reads downwards
            Skipped(orphan.TitlePosition, Quote(orphan.Title));
            foreach (var line in block)
            {
                Skipped(line.Position, line.Quoted);
            }
        }
        else
        {
            foreach (var line in block)
            {
                Skipped(line.Position, line.Quoted);
            }
        }
    }

    private void AddText(string text, TextPosition position)
    {
        var tooLongForTitle = text.Length > LineShapes.MaxTitleLength;
        if (_pending is null)
        {
            if (tooLongForTitle)
            {
                Skipped(position, Quote(text)); // an abstract whose title is missing
            }
            else
            {
                EndSkipped();
                _pending = new Pending(text, position);
            }
        }
        else if (_pending.Abstract is null)
        {
            EndSkipped();
            _pending.Abstract = text;
            _pending.AbstractPosition = position;
        }
        else if (!tooLongForTitle)
        {
            Complete();
            EndSkipped();
            _pending = new Pending(text, position);
        }
        else if (_pending.Abstract.Length <= LineShapes.MaxTitleLength)
        {
            // Two abstracts in a row, the first title-sized: it was the title of this abstract, and the pending title has none.
            var title = new Pending(_pending.Abstract, _pending.AbstractPosition)
            {
                Abstract = text,
                AbstractPosition = position,
            };
            _pending.Abstract = null;
            Complete();
            _pending = title;
        }
        else
        {
            Complete();
            Skipped(position, Quote(text)); // a second abstract: a duplicated line, or one whose title is missing
        }
    }

    private void Complete(EntryMeta? meta = null)
    {
        var entry = _pending;
        _pending = null;
        if (entry is null)
        {
            return;
        }

        if (entry.Abstract is null)
        {
            Report(KnownDiagnostics.MissingAbstract, entry.TitlePosition, entry.Title);
            return;
        }

        var read = new SourceEntry(entry.Title, entry.Abstract, entry.TitlePosition);
        _entries.Add(meta is null ? read : read with
        {
            Shown = EntryFacts.MetaBlock,
            PublishedOn = meta.PublishedOn,
            PublishedPrecision = meta.PublishedPrecision,
            AuthorCount = meta.AuthorCount,
            Organization = meta.Organization,
            CommentCount = meta.CommentCount,
        });
    }

    private void Skipped(TextPosition position, string quoted) =>
        _skipped = _skipped is { } run ? (run.First, position, run.Quoted) : (position, position, quoted);

    private void EndSkipped()
    {
        if (_skipped is { } run)
        {
            _skipped = null;
            var span = new TextPosition(run.First.Line, run.First.Start, run.Last.Start + run.Last.Length - run.First.Start, run.First.StartColumn, run.First.EndColumn);
            _diagnostics.Add(SkippedLines.Create(_path, span, run.Last.Line, run.Quoted));
        }
    }

    private void Report(DiagnosticDefinition definition, TextPosition position, params string[] args)
    {
        EndSkipped();
        _diagnostics.Add(DiagnosticInfo.Create(definition, _path, position, args));
    }

    // A title is not written in sentences: text that ends with a full stop, or has one inside, is an abstract.
    private static bool LooksLikeProse(string text) => text.EndsWith(".", System.StringComparison.Ordinal) || text.IndexOf(". ", System.StringComparison.Ordinal) >= 0;

    private static string Quote(string text) => text.Length <= 120 ? text : text.Substring(0, 120) + "…";

    private sealed class Pending(string title, TextPosition titlePosition)
    {
        public string Title { get; } = title;

        public TextPosition TitlePosition { get; } = titlePosition;

        public string? Abstract { get; set; }

        public TextPosition AbstractPosition { get; set; }
    }
}
