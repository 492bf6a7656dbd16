using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using PaperDataset.Testing;

namespace PaperDataset.Robustness.Tests.Infrastructure;

/// <summary>One generated entry, with how it is rendered.</summary>
public sealed record EntrySpec(string Title, string Abstract, MetaSpec? Meta, int Upvote, bool WrapTitle, bool WrapAbstract)
{
    /// <summary>Upvote: 0 none, 1 a separate <c>[-] 19</c> item, 2 the upvote line directly above the title.</summary>
    public static Gen<EntrySpec> Gen(int maxTitleTokens = 8) =>
        from title in ScrapeGen.Title(maxTitleTokens)
        from summary in ScrapeGen.Abstract
        from meta in CsCheck.Gen.Frequency((1, CsCheck.Gen.Const((MetaSpec?)null)), (3, ScrapeGen.Meta.Select(m => (MetaSpec?)m)))
        from upvote in CsCheck.Gen.Frequency((6, CsCheck.Gen.Const(0)), (1, CsCheck.Gen.Const(1)), (1, CsCheck.Gen.Const(2)))
        from wrapTitle in CsCheck.Gen.Int[0, 5]
        from wrapAbstract in CsCheck.Gen.Int[0, 5]
        select new EntrySpec(title, summary, meta, upvote, wrapTitle == 0, wrapAbstract == 0);

    /// <summary>
    /// A wrapped line: line breaks replace plain spaces that have text on both sides, every line is at most
    /// <paramref name="width"/> characters where the text allows (a wrapped paragraph, never an abstract-length line), no line
    /// repeats the one above (that reads as a duplicated line) and none starts like a bullet, separator or Markdown.
    /// Text that cannot be wrapped so stays one line.
    /// </summary>
    public static string[] Wrap(string text, bool wrap, int width = 100)
    {
        if (!wrap)
        {
            return [text];
        }

        var lines = new List<string>();
        var start = 0;
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (i - start >= width / 2 || start == 0 && lines.Count == 0 && text.Length <= width)
            {
                if (text[i] == ' ' && !char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i + 1]) && !char.IsSurrogate(text[i + 1])
                    && "·•#*-~`![".IndexOf(text[i + 1]) < 0)
                {
                    lines.Add(text.Substring(start, i - start));
                    start = i + 1;
                }
            }
        }

        lines.Add(text.Substring(start));
        var ok = lines.Count > 1 && lines.All(line => line.Length <= 400) && lines.Zip(lines.Skip(1)).All(pair => pair.First != pair.Second);
        return ok ? lines.ToArray() : [text];
    }
}

/// <summary>How a document's bytes are laid out: line ending and byte-order mark.</summary>
public enum LineEnding
{
    Lf,
    CrLf,
    Cr,
}

/// <summary>A generated scrape: its text and, for each entry, the 1-based line of its title.</summary>
public sealed record ScrapeDocument(string Text, IReadOnlyList<EntrySpec> Entries, IReadOnlyList<int> TitleLines)
{
    public const string PageDate = "Nov 7";
    public static readonly DateOnly CapturedOn = new(2025, 11, 7);
    public const string CapturedOnText = "2025-11-07";

    public static ScrapeDocument Build(IReadOnlyList<EntrySpec> entries, LineEnding ending = LineEnding.Lf, bool byteOrderMark = false)
    {
        var lines = new List<string>();
        foreach (var line in ScrapeBuilder.Header.Append(PageDate))
        {
            lines.Add(line);
            lines.Add(string.Empty);
        }

        var titleLines = new List<int>();
        foreach (var entry in entries)
        {
            if (entry.Upvote == 1)
            {
                lines.Add("[-] 19");
                lines.Add(string.Empty);
            }
            else if (entry.Upvote == 2)
            {
                lines.Add("[-] -");
            }

            titleLines.Add(lines.Count + 1);
            lines.AddRange(EntrySpec.Wrap(entry.Title, entry.WrapTitle));
            lines.Add(string.Empty);
            lines.AddRange(EntrySpec.Wrap(entry.Abstract, entry.WrapAbstract));
            lines.Add(string.Empty);
            if (entry.Meta is { } meta)
            {
                lines.AddRange(meta.Lines);
                lines.Add(string.Empty);
            }
        }

        var newline = ending switch { LineEnding.CrLf => "\r\n", LineEnding.Cr => "\r", _ => "\n" };
        var text = new StringBuilder(byteOrderMark ? "\uFEFF" : string.Empty).Append(string.Join(newline, lines)).ToString();
        return new ScrapeDocument(text, entries, titleLines);
    }

    /// <summary>Documents of 1 to <paramref name="maxEntries"/> entries, with any line ending and an optional BOM.</summary>
    public static Gen<ScrapeDocument> Gen(int maxEntries, int firstIndex = 0) =>
        from count in CsCheck.Gen.Int[1, maxEntries]
        from entries in EntriesGen(count, firstIndex)
        from ending in CsCheck.Gen.Enum<LineEnding>()
        from bom in CsCheck.Gen.Bool
        select Build(entries, ending, bom);

    /// <summary>Entries whose titles end in " n{index}", so no two are the same paper.</summary>
    public static Gen<EntrySpec[]> EntriesGen(int count, int firstIndex = 0) =>
        EntrySpec.Gen().Array[count].Select(entries => entries.Select((entry, i) => entry with { Title = entry.Title + " n" + (firstIndex + i) }).ToArray());
}
