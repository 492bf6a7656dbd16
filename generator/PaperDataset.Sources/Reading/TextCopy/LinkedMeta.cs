using System.Collections.Generic;
using System.Globalization;
using PaperDataset.Sources.Reading.PageVocabulary;
using PaperDataset.Sources.Reading.Rendered;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.TextCopy;

/// <summary>
/// A text copy's item with its meta written as links (an organisation's name with its Hub URL on the next line or in
/// brackets, an avatar's empty line before it), rewritten in the copy's plain wording so that <c>MetaBlock</c> reads it as
/// it reads every other: <c>handle Name</c>, <c>• 3 authors</c>, the date with its comment count, <c>[-] 19</c>.
/// </summary>
internal static class LinkedMeta
{
    /// <summary>
    /// A meta block or an upvote line with each element in plain wording and what shows nothing left out; any other item
    /// (a title, an abstract, whatever invisible characters it holds) as it is.
    /// </summary>
    public static List<TextLine> AsPlainText(List<TextLine> block)
    {
        if (!block.Exists(line => MetaLinks.MayBeLinked(line.Text)))
        {
            return block; // plain text, as every copy a browser makes: nothing to rewrite, and nothing to pay for it
        }

        var plain = Rewritten(block);
        return plain.Count > 0 && (LineShapes.IsUpvote(plain[0].Text) || MetaBlock.LooksLikeMeta(plain)) ? plain : block;
    }

    private static List<TextLine> Rewritten(List<TextLine> block)
    {
        var plain = new List<TextLine>(block.Count);
        for (var i = 0; i < block.Count; i++)
        {
            var first = block[i];
            if (MetaLinks.ShowsNothing(first.Text))
            {
                continue; // a copy has no links: a line that shows nothing is an avatar's, whatever follows it
            }

            var part = MetaLinks.Read(block, ref i);
            if (part is null)
            {
                plain.Add(first);
            }
            else if (part.Kind == PartKind.Comments && plain.Count > 0)
            {
                // The count links to the comments on a line of its own; the copy writes it after the date.
                var date = plain[plain.Count - 1];
                plain[plain.Count - 1] = date with { Raw = date.Text + " " + Count(part.Number) };
            }
            else if (Wording(part) is { } text)
            {
                plain.Add(first with { Raw = text });
            }
        }

        return plain;
    }

    private static string? Wording(RenderedPart part) => part.Kind switch
    {
        PartKind.Chrome => null,
        PartKind.Upvotes => "[-] " + (part.Number is { } count ? Count(count) : "-"),
        PartKind.Organization => part.Handle + " " + part.Text,
        PartKind.AuthorCount => "• " + Count(part.Number) + " authors",
        PartKind.Date => part.Number is { } comments ? part.Text + " " + Count(comments) : part.Text,
        _ => part.First.Raw,
    };

    private static string Count(int? number) => (number ?? 0).ToString(CultureInfo.InvariantCulture);
}
