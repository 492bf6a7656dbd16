using System.Collections.Generic;
using System.Linq;
using CsCheck;
using PaperDataset.Testing;

namespace PaperDataset.Robustness.Tests.Infrastructure;

/// <summary>What a generated block is meant to be.</summary>
public enum BlockKind
{
    Title,
    Abstract,
    Meta,
    Upvote,
    Junk,
    LongJunk,
    Chrome,
    Date,
}

/// <summary>One item of a soup document: its lines and what it is.</summary>
public sealed record SoupBlock(BlockKind Kind, string[] Lines)
{
    /// <summary>Whether the block is text (a possible title or abstract), not a meta block or an upvote line.</summary>
    public bool IsText => Kind is not (BlockKind.Meta or BlockKind.Upvote);
}

/// <summary>A document of valid entries mixed with stray and broken items, with the first line of every block.</summary>
public sealed record SoupDocument(string Text, IReadOnlyList<SoupBlock> Blocks, IReadOnlyList<int> BlockLines)
{
    private static readonly Gen<SoupBlock[]> Item = CsCheck.Gen.Frequency(
        (8, EntrySpec.Gen(6).Select(ToBlocks)),
        (2, ScrapeGen.Title(6).Select(text => Single(BlockKind.Junk, text))),
        (1, ScrapeGen.Abstract.Select(text => Single(BlockKind.LongJunk, text + " " + new string('x', 401)))),
        (1, ScrapeGen.Meta.Select(meta => new[] { new SoupBlock(BlockKind.Meta, meta.Lines) })),
        (1, CsCheck.Gen.OneOf("[-] 19", "[-] -", "[-]  7").Select(text => Single(BlockKind.Upvote, text))),
        (1, CsCheck.Gen.OneOf(ScrapeBuilder.Header).Select(text => Single(BlockKind.Chrome, text))),
        (1, CsCheck.Gen.OneOf("Nov 7", "Feb 30", "Dec 1").Select(text => Single(BlockKind.Date, text))),
        (1, ScrapeGen.Title(6).Select(text => Single(BlockKind.Title, text))));

    public static readonly Gen<SoupDocument> Documents =
        from items in Item.Array[1, 30]
        from gaps in CsCheck.Gen.Int[1, 3].Array[31 * 4]
        select Build(items.SelectMany(item => item).ToArray(), gaps);

    public static SoupDocument Build(SoupBlock[] blocks, int[] gaps)
    {
        var lines = new List<string>();
        foreach (var line in ScrapeBuilder.Header.Append(ScrapeDocument.PageDate))
        {
            lines.Add(line);
            lines.Add(string.Empty);
        }

        var blockLines = new List<int>();
        for (var i = 0; i < blocks.Length; i++)
        {
            blockLines.Add(lines.Count + 1);
            lines.AddRange(blocks[i].Lines);
            for (var gap = 0; gap < gaps[i % gaps.Length]; gap++)
            {
                lines.Add(string.Empty);
            }
        }

        return new SoupDocument(string.Join("\n", lines), blocks, blockLines);
    }

    private static SoupBlock[] ToBlocks(EntrySpec entry)
    {
        var blocks = new List<SoupBlock>
        {
            new(BlockKind.Title, EntrySpec.Wrap(entry.Title, entry.WrapTitle)),
            new(BlockKind.Abstract, EntrySpec.Wrap(entry.Abstract, entry.WrapAbstract)),
        };
        if (entry.Meta is { } meta)
        {
            blocks.Add(new SoupBlock(BlockKind.Meta, meta.Lines));
        }

        return blocks.ToArray();
    }

    private static SoupBlock[] Single(BlockKind kind, string text) => [new SoupBlock(kind, [text])];
}
