namespace PaperDataset.Sources.Model;

/// <summary>A source file in the catalogue's canonical order, and its index among the merger's inputs.</summary>
internal sealed record MergedFile(string Path, string FileName, CalendarDate? CapturedOn, int InputIndex);

/// <summary>One place a paper was seen: index into <see cref="MergedCatalogue.Files"/>, entry index in that file, and 1-based line.</summary>
internal readonly record struct PaperSighting(int FileIndex, int EntryIndex, int Line);

/// <summary>
/// One paper after merging: its id, its facts (newest capture first, field by field) as one entry, and every place it was
/// seen, newest capture first; the first sighting is the one whose title and abstract the paper shows.
/// </summary>
internal sealed record MergedPaper(string Id, bool IdIsTitleSlug, SourceEntry Facts, EquatableArray<PaperSighting> Sightings);

/// <summary>The merger's output: files in canonical order, papers ordered by id (ordinal), and what merging had to say.</summary>
internal sealed record MergedCatalogue(EquatableArray<MergedFile> Files, EquatableArray<MergedPaper> Papers, EquatableArray<DiagnosticInfo> Diagnostics);
