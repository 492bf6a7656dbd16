using PaperDataset.Sources.Model;
using PaperDataset.Sources.Text;

namespace PaperDataset.Sources.Reading.Rendered;

/// <summary>What a piece of a rendered page (Markdown, text-browser output, link lines) is, once its syntax is stripped.</summary>
internal enum PartKind
{
    /// <summary>Site chrome: navigation, tabs, footers, avatars, fences; never a paper.</summary>
    Chrome,

    /// <summary>An upvote count; it starts an entry. <see cref="RenderedPart.Number"/> is null when the page shows <c>-</c>.</summary>
    Upvotes,
    Title,
    Abstract,
    AuthorCount,
    Organization,
    Separator,

    /// <summary>A publication date as written (<see cref="RenderedPart.Text"/>), with the comment count in <see cref="RenderedPart.Number"/>.</summary>
    Date,

    /// <summary>A comment count on its own (a link to <c>#community</c>), after the date.</summary>
    Comments,
    GitHub,

    /// <summary>A link to the paper on arXiv: it only confirms the id.</summary>
    ArxivLink,

    /// <summary>
    /// A heading that cannot be a title (empty, or longer than any title): it ends the page's header like a title, so the
    /// entry it starts is reported line by line rather than passed over as menus.
    /// </summary>
    RefusedTitle,

    /// <summary>Meant as a meta line but not a valid one (<c>- three authors</c>); <see cref="RenderedPart.Problem"/> says why.</summary>
    MalformedMeta,

    /// <summary>A line that belongs to nothing the reader knows.</summary>
    Unknown,
}

/// <summary>
/// One piece of a rendered page, from its first to its last line, with the values its syntax carried. The readers of the
/// rendered formats turn lines into parts; <see cref="EntryAssembler"/> turns parts into entries, the same way for all.
/// </summary>
internal sealed record RenderedPart(PartKind Kind, TextLine First, TextLine Last)
{
    public RenderedPart(PartKind kind, TextLine line)
        : this(kind, line, line)
    {
    }

    /// <summary>The text the part shows: a title, an abstract, a date, an organisation's name.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>An upvote, author, comment or star count.</summary>
    public int? Number { get; init; }

    public string? ArxivId { get; init; }

    /// <summary>The organisation's Hub handle (its name is <see cref="Text"/>), or the GitHub repository.</summary>
    public string? Handle { get; init; }

    public string? Problem { get; init; }

    /// <summary>False when the file ends (or is cut) before the part's closing syntax: the text is incomplete.</summary>
    public bool Complete { get; init; } = true;

    /// <summary>From the start of the first line to the end of the last: one diagnostic can name the whole part.</summary>
    public TextPosition Position => First.Through(Last);
}
