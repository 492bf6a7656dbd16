namespace PaperDataset.Cli.Query;

/// <summary>How results are ordered; <c>--sort</c> takes the member names in lower case. Each has one key in <see cref="PaperOrder"/>.</summary>
internal enum PaperSort
{
    /// <summary>Best match first (the BM25F score); without search text every score is 0, so newest first.</summary>
    Relevance,

    /// <summary>Newest first; unknown dates last.</summary>
    Date,

    /// <summary>Most comments first; unknown counts last.</summary>
    Comments,

    /// <summary>Most upvotes first; unknown counts (browser text copies show none) last.</summary>
    Upvotes,

    /// <summary>Alphabetical by title, ignoring case.</summary>
    Title,

    /// <summary>Catalogue order: by id, ordinal.</summary>
    Id,
}
