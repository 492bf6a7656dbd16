using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using PaperDataset.Generator.Model;

namespace PaperDataset.Generator.Parsing;

/// <summary>
/// Turns the text of one Daily Papers scrape into entries and diagnostics. Pure: plain strings in,
/// equatable model out, no Roslyn types, so every rule is unit-testable on strings.
/// </summary>
internal static class ScrapeParser
{
    // Site chrome above the list, in every rendering seen (FORMAT.md, "Shape" and "Variants").
    private static readonly HashSet<string> KnownChrome = new(StringComparer.Ordinal)
    {
        "new", "Subscribe", "Daily Papers", "byAK and the research community", "by AK and the research community",
        "by", "AK", "and the research community", "Daily", "Weekly", "Monthly",
        "Get trending papers in your email inbox!", "Get trending papers in your email inbox once a day!",
    };

    // The page date header is looked for this far down; unknown lines above it (the repeated search query) are tolerated up to a point.
    private const int HeaderSearchLimit = 16;
    private const int MaxUnknownHeaderLines = 2;

    private static readonly Regex UpvotePattern = new(@"^\[-\]\s*(\d{1,9}|-)$", RegexOptions.CultureInvariant);

    public static ParsedScrape Parse(ScrapeSource source, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var entries = new List<ScrapeEntry>();
        var lines = ScrapeText.SplitLines(source.Text);
        var firstLine = lines.Count > 0 ? lines[0].Position : default;

        var capturedOn = ReadCaptureDate(source, firstLine, diagnostics);
        var firstEntryLine = ReadHeader(source, lines, capturedOn, diagnostics);

        PendingEntry? pending = null;
        foreach (var block in ScrapeText.Blocks(lines, firstEntryLine))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (block.Count == 1 && UpvotePattern.IsMatch(block[0].Text))
            {
                Complete(pending);
                pending = null;
            }
            else if (MetaBlock.LooksLikeMeta(block))
            {
                if (pending?.Abstract is not null)
                {
                    var meta = MetaBlock.TryParse(block, capturedOn, out var error);
                    if (meta is null)
                    {
                        Report(DiagnosticDescriptors.MalformedMeta, block[0].Position, pending.Title, error!);
                    }

                    Complete(pending, meta);
                }
                else if (pending is not null)
                {
                    // The block belongs to a title whose abstract is missing; PDS008 names that title.
                    Complete(pending);
                }
                else
                {
                    foreach (var line in block)
                    {
                        Report(DiagnosticDescriptors.UnrecognisedLine, line.Position, line.Position.LineNumber.ToString(CultureInfo.InvariantCulture), line.Quoted);
                    }
                }

                pending = null;
            }
            else
            {
                // An upvote count may also sit directly above the title with no blank line between.
                var textLines = block.Count > 1 && UpvotePattern.IsMatch(block[0].Text) ? block.Skip(1).ToList() : block;
                var text = string.Join(" ", textLines.Select(line => line.Text));
                if (pending is null)
                {
                    pending = new PendingEntry(text, textLines[0].Position);
                }
                else if (pending.Abstract is null)
                {
                    pending.Abstract = text;
                }
                else
                {
                    Complete(pending);
                    pending = new PendingEntry(text, textLines[0].Position);
                }
            }
        }

        Complete(pending);
        if (entries.Count == 0)
        {
            Report(DiagnosticDescriptors.NoEntries, firstLine, FileNameOf(source.Path));
        }

        return new ParsedScrape(
            source.Path,
            FileNameOf(source.Path),
            capturedOn,
            entries.ToEquatableArray(),
            diagnostics.ToEquatableArray());

        void Complete(PendingEntry? entry, EntryMeta? meta = null)
        {
            if (entry is null)
            {
                return;
            }

            if (entry.Abstract is null)
            {
                Report(DiagnosticDescriptors.MissingAbstract, entry.TitlePosition, entry.Title);
                return;
            }

            entries.Add(new ScrapeEntry(entry.Title, entry.Abstract, entry.TitlePosition, meta));
        }

        void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextPosition position, params string[] args) =>
            diagnostics.Add(DiagnosticInfo.Create(descriptor.Id, source.Path, position, args));
    }

    /// <summary>The file name without directories; the catalogue names files this way so it never depends on the build machine.</summary>
    public static string FileNameOf(string path)
    {
        var slash = path.LastIndexOfAny(['/', '\\']);
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    private static CalendarDate? ReadCaptureDate(ScrapeSource source, TextPosition position, List<DiagnosticInfo> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(source.CapturedOn))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingCaptureDate.Id, source.Path, position, FileNameOf(source.Path)));
            return null;
        }

        if (CalendarDate.TryParseIso(source.CapturedOn, out var capturedOn))
        {
            return capturedOn;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCaptureDate.Id, source.Path, position, source.CapturedOn!));
        return null;
    }

    /// <summary>Skips the site chrome and checks the page date header; returns the index of the first line after the header.</summary>
    private static int ReadHeader(ScrapeSource source, List<ScrapeLine> lines, CalendarDate? capturedOn, List<DiagnosticInfo> diagnostics)
    {
        var unknown = new List<ScrapeLine>();
        var seen = 0;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            if (++seen > HeaderSearchLimit)
            {
                break;
            }

            if (MetaBlock.TryParsePageDate(line.Text, out var month, out var day))
            {
                foreach (var skipped in unknown)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SkippedHeaderLine.Id, source.Path, skipped.Position,
                        skipped.Position.LineNumber.ToString(CultureInfo.InvariantCulture), skipped.Quoted));
                }

                if (capturedOn is { } captured && (captured.Month != month || captured.Day != day))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CaptureDateMismatch.Id, source.Path, line.Position, captured.ToString(), line.Quoted));
                }

                return line.Index + 1;
            }

            if (!KnownChrome.Contains(line.Text))
            {
                if (unknown.Count == MaxUnknownHeaderLines)
                {
                    break;
                }

                unknown.Add(line);
            }
        }

        // No page date: skip only the chrome we know, and say so; everything after it is read as papers.
        var first = lines.FindIndex(line => !line.IsBlank && !KnownChrome.Contains(line.Text));
        if (lines.Any(line => !line.IsBlank))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingPageDate.Id, source.Path, lines[0].Position, FileNameOf(source.Path)));
        }

        return first < 0 ? lines.Count : first;
    }

    private sealed class PendingEntry(string title, TextPosition titlePosition)
    {
        public string Title { get; } = title;

        public TextPosition TitlePosition { get; } = titlePosition;

        public string? Abstract { get; set; }
    }
}
