namespace PaperDataset.Generator.Model;

/// <summary>Build properties that shape the emitted code.</summary>
internal sealed record CatalogueOptions(string Namespace, string ClassName, bool EmitModel, bool EmitHandles)
{
    public const string DefaultNamespace = "PaperDataset.Generated";
    public const string DefaultClassName = "Papers";
}

/// <summary>A scrape file as it appears in the catalogue (name only: paths would make output depend on the machine).</summary>
internal sealed record FileSpec(string FileName, CalendarDate? CapturedOn);

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
    EquatableArray<SourceSpec> Sources);

/// <summary>Everything the emitter needs; papers are ordered by <see cref="PaperSpec.Id"/> (ordinal).</summary>
internal sealed record CatalogueSpec(CatalogueOptions Options, EquatableArray<FileSpec> Files, EquatableArray<PaperSpec> Papers);

/// <summary>The merge step's output: the catalogue plus what merging had to say about it.</summary>
internal sealed record MergeResult(CatalogueSpec Catalogue, EquatableArray<DiagnosticInfo> Diagnostics);
