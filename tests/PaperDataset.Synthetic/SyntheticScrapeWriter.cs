using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace PaperDataset.Synthetic;

/// <summary>
/// Generates synthetic Daily Papers scrapes in the bundled format of FORMAT.md, together with the ground truth a
/// correct parser and merger must recover. Fully deterministic: no <see cref="Random"/>, no hash codes, no clock.
/// </summary>
public static class SyntheticScrapeWriter
{
    private const ulong StreamFiles = 1;
    private const ulong StreamPlacement = 2;
    private const ulong StreamPaper = 3;
    private const ulong StreamOrder = 4;
    private const ulong StreamNames = 5;
    private const ulong StreamRetry = 6;
    private const int ChunkSize = 1024;
    private const long MaxFileLength = 1L << 29; // characters; a .NET string holds at most about 2^30
    private const int MaxTitleAttempts = 64;
    private const int EarliestExplicitYear = 2015;

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly string[] HeaderLines =
        ["new", "Get trending papers in your email inbox!", "Subscribe", "Daily Papers", "byAK and the research community"];

    private static readonly Regex DateLike = new(
        @"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}", RegexOptions.CultureInvariant);

    /// <summary>Generates a corpus. The same <paramref name="options"/> value always gives byte-identical files.</summary>
    /// <param name="options">Sizes, seed and knobs.</param>
    /// <returns>The files, the ground truth per distinct paper and the total UTF-8 size.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static SyntheticCorpus Create(SyntheticCorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var root = unchecked((ulong)options.Seed);
        var fileCount = options.FileCount;
        var paperCount = options.PaperCount;

        // Files: capture dates in the capture year (Jan 15 to Dec 31), which files show no meta, which lack "Daily Papers".
        var fileRng = new Prng(Prng.Derive(root, StreamFiles, 0));
        var yearStart = new DateOnly(options.CaptureYear, 1, 1);
        var daysInYear = DateTime.IsLeapYear(options.CaptureYear) ? 366 : 365;
        var capturedOn = new DateOnly[fileCount];
        var dailyPapersLine = new bool[fileCount];
        for (var f = 0; f < fileCount; f++)
        {
            capturedOn[f] = yearStart.AddDays(fileRng.Between(14, daysInYear - 1));
            dailyPapersLine[f] = !fileRng.Chance(options.FileWithoutDailyPapersLineFraction);
        }

        var noMeta = new bool[fileCount];
        var noMetaCount = (int)Math.Round(fileCount * options.FileWithoutMetaFraction, MidpointRounding.AwayFromZero);
        var fileOrder = Shuffled(fileCount, fileRng);
        for (var i = 0; i < noMetaCount; i++)
        {
            noMeta[fileOrder[i]] = true;
        }

        // Placement: each paper in one file, some also in a second; each appearance may lack its meta block.
        var placeRng = new Prng(Prng.Derive(root, StreamPlacement, 0));
        var perFile = new List<Appearance>[fileCount];
        for (var f = 0; f < fileCount; f++)
        {
            perFile[f] = new List<Appearance>(paperCount / fileCount + 16);
        }

        var firstFile = new int[paperCount];
        var secondFile = new int[paperCount];
        for (var p = 0; p < paperCount; p++)
        {
            var first = placeRng.Next(fileCount);
            var second = -1;
            if (fileCount > 1 && placeRng.Chance(options.DuplicateFraction))
            {
                second = placeRng.Next(fileCount - 1);
                if (second >= first)
                {
                    second++;
                }
            }

            firstFile[p] = first;
            secondFile[p] = second;
            perFile[first].Add(new Appearance(p, !noMeta[first] && !placeRng.Chance(options.EntryWithoutMetaFraction)));
            if (second >= 0)
            {
                perFile[second].Add(new Appearance(p, !noMeta[second] && !placeRng.Chance(options.EntryWithoutMetaFraction)));
            }
        }

        // Content: each paper from its own stream, so one paper never depends on another, nor on thread scheduling:
        // composed in parallel, then titles are made unique in index order (a clash re-rolls from a retry stream).
        var nameOffset = Prng.Derive(root, StreamNames, 0) % (80UL * 80 * 80);
        var drafts = new Draft[paperCount];
        var chunks = (paperCount + ChunkSize - 1) / ChunkSize;
        Parallel.For(0, chunks, chunk =>
        {
            // A chunk's abstracts go into one large array (never copied by the GC); the files are written from it,
            // and the ground truth reads them back from the file text only when asked.
            var scratch = new StringBuilder(2048);
            var arena = new char[ChunkSize * 1400];
            var used = 0;
            var end = Math.Min(paperCount, (chunk + 1) * ChunkSize);
            for (var p = chunk * ChunkSize; p < end; p++)
            {
                var rng = new Prng(Prng.Derive(root, StreamPaper, (ulong)p));
                var topic = new TextComposer.Topic(rng, p, nameOffset);
                var title = SafeTitle(rng, topic);
                TextComposer.Abstract(rng, topic, scratch);
                if (used + scratch.Length > arena.Length)
                {
                    arena = new char[Math.Max(ChunkSize * 1400, (end - p) * TextComposer.MaxAbstractLength)];
                    used = 0;
                }

                scratch.CopyTo(0, arena, used, scratch.Length);
                var text = new ReadOnlyMemory<char>(arena, used, scratch.Length);
                used += scratch.Length;
                var minCapture = capturedOn[firstFile[p]];
                var maxCapture = minCapture;
                if (secondFile[p] >= 0)
                {
                    var other = capturedOn[secondFile[p]];
                    minCapture = other < minCapture ? other : minCapture;
                    maxCapture = other > maxCapture ? other : maxCapture;
                }

                drafts[p] = MakeDraft(rng, options, title, text, minCapture, maxCapture);
            }
        });

        var slugs = new HashSet<string>(paperCount, StringComparer.Ordinal);
        var keys = new HashSet<string>(paperCount, StringComparer.Ordinal);
        for (var p = 0; p < paperCount; p++)
        {
            if (!Claim(drafts[p].Slug, drafts[p].Key, slugs, keys))
            {
                var topic = new TextComposer.Topic(new Prng(Prng.Derive(root, StreamPaper, (ulong)p)), p, nameOffset);
                var retry = new Prng(Prng.Derive(root, StreamRetry, (ulong)p));
                string title;
                var attempts = 0;
                do
                {
                    if (++attempts > MaxTitleAttempts)
                    {
                        throw new InvalidOperationException("could not make a unique title for '" + topic.Code + "'");
                    }

                    title = SafeTitle(retry, topic);
                }
                while (!Claim(TitleRules.Slug(title), TitleRules.Key(title), slugs, keys));
                drafts[p] = drafts[p] with { Title = title, Slug = TitleRules.Slug(title), Key = TitleRules.Key(title) };
            }
        }

        // Files: shuffle each file's entries, write them, and note where every title landed.
        var files = new SyntheticFile[fileCount];
        var sources = new List<SyntheticSource>?[paperCount];
        var shownMeta = new bool[paperCount];
        var abstractAt = new TextPosition[paperCount];
        var width = Math.Max(3, (fileCount - 1).ToString(CultureInfo.InvariantCulture).Length);
        var plans = new FileParts[fileCount];
        for (var f = 0; f < fileCount; f++)
        {
            var name = "synthetic_" + f.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0') + ".txt";
            var entries = perFile[f];
            var orderRng = new Prng(Prng.Derive(root, StreamOrder, (ulong)f));
            for (var i = entries.Count - 1; i > 0; i--)
            {
                var j = orderRng.Next(i + 1);
                (entries[i], entries[j]) = (entries[j], entries[i]);
            }

            // First pass: where every line goes and how long the file is; second pass: write it in one allocation.
            var headers = new List<string>(HeaderLines.Length + 1);
            foreach (var header in HeaderLines)
            {
                if (dailyPapersLine[f] || header != "Daily Papers")
                {
                    headers.Add(header);
                }
            }

            headers.Add(Months[capturedOn[f].Month - 1] + " " + capturedOn[f].Day.ToString(CultureInfo.InvariantCulture));
            long length = 0;
            var line = 1;
            foreach (var header in headers)
            {
                length += header.Length + 2;
                line += 2;
            }

            foreach (var entry in entries)
            {
                var draft = drafts[entry.Paper];
                var paperSources = sources[entry.Paper] ??= new List<SyntheticSource>(2);
                if (paperSources.Count == 0)
                {
                    abstractAt[entry.Paper] = new TextPosition(f, (int)length + draft.Title.Length + 2);
                }

                paperSources.Add(new SyntheticSource(name, line, entry.HasMeta));
                shownMeta[entry.Paper] |= entry.HasMeta;
                length += draft.Title.Length + draft.Abstract.Length + 4;
                line += 4;
                if (entry.HasMeta)
                {
                    length += draft.MetaBlock.Length + 1;
                    line += 4;
                }

                if (length > MaxFileLength)
                {
                    throw new ArgumentOutOfRangeException(nameof(options), "a file would be too large for a string; use more files");
                }
            }

            // Every line so far ends in "\n\n" (line, blank line); the bundled files end right after their last line.
            length -= options.EndWithNewline ? 1 : 2;

            plans[f] = new FileParts(name, (int)length, headers, entries, drafts);
        }

        var bytes = new long[fileCount];
        Parallel.For(0, fileCount, f =>
        {
            var text = string.Create(plans[f].Length, plans[f], WriteFile);
            bytes[f] = Encoding.UTF8.GetByteCount(text);
            files[f] = new SyntheticFile(plans[f].Name, text, capturedOn[f]);
        });

        long totalBytes = 0;
        foreach (var count in bytes)
        {
            totalBytes += count;
        }

        var papers = new SyntheticPaper[paperCount];
        for (var p = 0; p < paperCount; p++)
        {
            var draft = drafts[p];
            var shown = shownMeta[p];
            papers[p] = new SyntheticPaper(
                draft.Title,
                new TextSlice(files[abstractAt[p].File].Text, abstractAt[p].Offset, draft.Abstract.Length),
                shown ? draft.PublishedOn : null,
                shown ? draft.AuthorCount : null,
                shown ? draft.OrganizationHandle : null,
                shown ? draft.OrganizationName : null,
                shown ? draft.CommentCount : null,
                sources[p]!.AsReadOnly());
        }

        return new SyntheticCorpus(options, files, papers, totalBytes);
    }

    private static void WriteFile(Span<char> span, FileParts parts)
    {
        var at = 0;
        foreach (var header in parts.Headers)
        {
            Put(span, ref at, header);
        }

        foreach (var entry in parts.Entries)
        {
            var draft = parts.Drafts[entry.Paper];
            Put(span, ref at, draft.Title);
            Put(span, ref at, draft.Abstract.Span);
            if (entry.HasMeta)
            {
                Put(span, ref at, draft.MetaBlock.AsSpan(0, draft.MetaBlock.Length - 1));
            }
        }
    }

    // Writes a line and the blank line after it, as far as the span reaches: the last line has fewer line feeds or none.
    private static void Put(Span<char> span, ref int at, ReadOnlySpan<char> line)
    {
        line.CopyTo(span[at..]);
        at += line.Length;
        for (var i = 0; i < 2 && at < span.Length; i++)
        {
            span[at++] = '\n';
        }
    }

    private static int[] Shuffled(int count, Prng rng)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        for (var i = count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    private static string SafeTitle(Prng rng, TextComposer.Topic topic)
    {
        for (var attempt = 0; attempt < MaxTitleAttempts; attempt++)
        {
            var title = TextComposer.TryTitle(rng, topic);
            if (title is not null && IsSafeTitle(title))
            {
                return title;
            }
        }

        throw new InvalidOperationException("could not make a title for '" + topic.Code + "'");
    }

    private static bool Claim(string slug, string key, HashSet<string> slugs, HashSet<string> keys)
    {
        if (slugs.Contains(slug) || keys.Contains(key))
        {
            return false;
        }

        slugs.Add(slug);
        keys.Add(key);
        return true;
    }

    /// <summary>Not blank, not taken for chrome, a meta line, an upvote line or a date.</summary>
    private static bool IsSafeTitle(string title) =>
        !string.IsNullOrWhiteSpace(title)
        && title.Trim() == title
        && !title.StartsWith('•') && !title.StartsWith('·') && !title.StartsWith('*') && !title.StartsWith('-')
        && !title.StartsWith("[-]", StringComparison.Ordinal)
        && !title.StartsWith("Published on ", StringComparison.Ordinal)
        && !DateLike.IsMatch(title)
        && Array.IndexOf(HeaderLines, title) < 0;

    private static Draft MakeDraft(
        Prng rng, SyntheticCorpusOptions options, string title, ReadOnlyMemory<char> text, DateOnly minCapture, DateOnly maxCapture)
    {
        int? authors = null;
        string? handle = null;
        string? orgName = null;
        string firstLine;
        if (rng.Chance(options.OrganizationFraction))
        {
            (handle, orgName) = rng.Pick(Vocabulary.Organizations);
            firstLine = handle + " " + orgName;
        }
        else
        {
            var roll = rng.Next(100);
            authors = roll < 8 ? rng.Between(1, 2) : roll < 60 ? rng.Between(3, 6) : roll < 90 ? rng.Between(7, 12) : rng.Between(13, 48);
            firstLine = "  • " + authors.Value.ToString(CultureInfo.InvariantCulture) + " authors";
        }

        // A year-less date must resolve to the same day in every file that shows it: on or before the earliest capture,
        // and within twelve months of the latest, so "latest such day on or before the capture" finds it everywhere.
        DateOnly date;
        var yearless = rng.Chance(options.YearlessDateFraction);
        if (yearless)
        {
            var low = maxCapture.AddYears(-1).DayNumber + 1;
            var day = DateOnly.FromDayNumber(rng.Between(low, minCapture.DayNumber));
            if (day.Month == 2 && day.Day == 29)
            {
                day = day.DayNumber - 1 >= low ? day.AddDays(-1) : day.AddDays(1);
            }

            date = day;
        }
        else
        {
            var earliest = new DateOnly(EarliestExplicitYear, 1, 1).DayNumber;
            var low = rng.Chance(0.5) ? Math.Max(earliest, minCapture.DayNumber - 730) : earliest;
            date = DateOnly.FromDayNumber(rng.Between(low, minCapture.DayNumber));
        }

        var comments = rng.Chance(options.CommentCountFraction) ? CommentCount(rng) : 0;
        var dateLine = new StringBuilder(24)
            .Append(Months[date.Month - 1]).Append(' ').Append(date.Day.ToString(CultureInfo.InvariantCulture));
        if (!yearless)
        {
            dateLine.Append(", ").Append(date.Year.ToString(CultureInfo.InvariantCulture));
        }

        if (comments > 0)
        {
            dateLine.Append(' ').Append(comments.ToString(CultureInfo.InvariantCulture));
        }

        var meta = firstLine + "\n·\n" + dateLine + "\n";
        return new Draft(title, text, meta, date, authors, handle, orgName, comments)
        {
            Slug = TitleRules.Slug(title),
            Key = TitleRules.Key(title),
        };
    }

    private static int CommentCount(Prng rng)
    {
        var roll = rng.Next(100);
        return roll < 60 ? 1 : roll < 80 ? 2 : roll < 90 ? rng.Between(3, 5) : rng.Between(6, 40);
    }

    private readonly record struct Appearance(int Paper, bool HasMeta);

    private readonly record struct TextPosition(int File, int Offset);

    private sealed record FileParts(string Name, int Length, List<string> Headers, List<Appearance> Entries, Draft[] Drafts);

    private sealed record Draft(
        string Title,
        ReadOnlyMemory<char> Abstract,
        string MetaBlock,
        DateOnly PublishedOn,
        int? AuthorCount,
        string? OrganizationHandle,
        string? OrganizationName,
        int CommentCount)
    {
        /// <summary>The title's slug, computed while composing in parallel.</summary>
        public string Slug { get; init; } = "";

        /// <summary>The title's normalised key, computed while composing in parallel.</summary>
        public string Key { get; init; } = "";
    }
}
