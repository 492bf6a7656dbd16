using PaperDataset.Sources.Model;

namespace PaperDataset.Generator.Model;

/// <summary>
/// Build properties that shape the emitted code. <c>EmitHandles</c> says whether to emit <c>Known</c>; null (auto)
/// emits it up to <see cref="HandleLimit"/> papers.
/// </summary>
internal sealed record CatalogueOptions(string Namespace, string ClassName, bool EmitModel, bool? EmitHandles)
{
    public const string DefaultNamespace = "PaperDataset.Generated";
    public const string DefaultClassName = "Papers";

    /// <summary>
    /// Above this many papers, <c>Known</c> is left out unless asked for: one documented property per paper is most of the
    /// generated source at scale, and the IDE re-binds it on every edit.
    /// </summary>
    public const int HandleLimit = 5000;

    public bool ShouldEmitHandles(int paperCount) => EmitHandles ?? paperCount <= HandleLimit;
}

/// <summary>
/// A scrape file as it appears in the catalogue (name only: paths would make output depend on the machine), and the
/// resource it is embedded as when titles and abstracts are read from it at run time.
/// </summary>
internal sealed record FileSpec(string FileName, CalendarDate? CapturedOn, EmbeddedResourceSpec? Resource = null);

/// <summary>One place a paper was seen: index into <see cref="CatalogueSpec.Files"/> and the 1-based line of its title.</summary>
internal readonly record struct SourceSpec(int FileIndex, int Line);

/// <summary>One merged paper, ready to emit.</summary>
internal sealed record PaperSpec(
    string Id,
    string HandleName,
    string Title,
    string Abstract,
    CalendarDate? PublishedOn,
    int? AuthorCount,
    OrganizationSpec? Organization,
    int? CommentCount,
    EquatableArray<SourceSpec> Sources)
{
    /// <summary>Whether <see cref="Id"/> is the title's slug as it stands (no suffix), so it can be derived from the title.</summary>
    public bool IdIsTitleSlug { get; init; }

    /// <summary>The embedded file (index into <see cref="CatalogueSpec.Files"/>) and bytes that hold the title, if any.</summary>
    public EmbeddedText? TitleText { get; init; }

    /// <summary>The embedded file and bytes that hold the abstract, if any.</summary>
    public EmbeddedText? AbstractText { get; init; }

    /// <summary>What only the Hub's data shows (arXiv id, authors, upvotes, links, keywords); empty for text copies.</summary>
    public HubFactsSpec Hub { get; init; } = HubFactsSpec.None;
}

/// <summary>A paper's facts from the Hub's data, as the catalogue stores them.</summary>
internal sealed record HubFactsSpec(
    string? ArxivId,
    CalendarDate? SubmittedOn,
    EquatableArray<AuthorSpec> Authors,
    int? Upvotes,
    string? GitHubRepository,
    int? GitHubStars,
    string? ProjectPage,
    EquatableArray<string> Keywords,
    string? AiSummary)
{
    public static readonly HubFactsSpec None = new(null, null, EquatableArray<AuthorSpec>.Empty, null, null, null, null, EquatableArray<string>.Empty, null);
}

/// <summary>A string of the catalogue found verbatim in an embedded scrape file.</summary>
internal readonly record struct EmbeddedText(int FileIndex, ByteRange Bytes);

/// <summary>Everything the emitter needs; papers are ordered by <see cref="PaperSpec.Id"/> (ordinal).</summary>
internal sealed record CatalogueSpec(CatalogueOptions Options, EquatableArray<FileSpec> Files, EquatableArray<PaperSpec> Papers);
