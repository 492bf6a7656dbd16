namespace PaperDataset.Cli.Query;

/// <summary>How results are ordered.</summary>
internal enum PaperSort
{
    /// <summary>Catalogue order: by id, ordinal.</summary>
    Id,

    /// <summary>Newest first; unknown dates last.</summary>
    Date,

    /// <summary>Most comments first; unknown counts last.</summary>
    Comments,

    /// <summary>Alphabetical by title, ignoring case.</summary>
    Title,
}
