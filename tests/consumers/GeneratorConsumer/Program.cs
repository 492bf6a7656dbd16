// A user's program with its own scrapes (scrapes/*.txt): the PaperDataset.Generator package compiles them into
// Lab.Reading.ReadingList (PaperDatasetNamespace / PaperDatasetCatalogueName in the project file), with the model
// types in the same namespace. Exits non-zero when a check fails.
using Lab.Reading;

var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok" : "FAILED")}: {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

// <readme:generator>
Console.WriteLine($"{ReadingList.Count} papers");
foreach (var paper in ReadingList.All.Where(p => p.PublishedOn?.Year == 2025))
{
    Console.WriteLine($"{paper.PublishedOn} {paper.Title}");
}

Paper attention = ReadingList.Known.AttentionIsAllYouNeed;   // a misspelt paper is a compile error
Paper? same = ReadingList.FindByTitle("attention is all you need");
// </readme:generator>

Check(ReadingList.Count == 4, "4 papers: 3 + 2 scraped, one of them in both files");
Check(typeof(Paper).Namespace == "Lab.Reading" && typeof(ReadingList).Namespace == "Lab.Reading", "the types are in the configured namespace");
Check(typeof(Paper).Assembly == typeof(Program).Assembly, "the model types are compiled into this program");

// Seen in both files: one paper, both sources, newest capture first and its values kept.
Check(ReferenceEquals(same, attention), "FindByTitle ignores case");
Check(attention.Id == new PaperId("attention-is-all-you-need"), "the id is the title's slug");
Check(attention.Sources.Select(s => s.FileName).SequenceEqual(["2025-12-12.txt", "2025-11-07.txt"]), "both sources, newest capture first");
Check(attention.Sources[0].CapturedOn == new DateOnly(2025, 12, 12), "each source carries its file's PaperDatasetCapturedOn");
Check(attention.CommentCount == 14, "the newest capture's comment count wins");
Check(attention.AuthorCount == 8 && attention.PublishedOn == new DateOnly(2017, 6, 12), "authors and date from the meta block");

// A year-less date resolves against the file's capture date.
var tiny = ReadingList.Known.LessIsMoreRecursiveReasoningWithTinyNetworks;
Check(tiny.PublishedOn == new DateOnly(2025, 10, 6), "'Oct 6' in a file captured on 2025-11-07 is 2025-10-06");
Check(tiny.AuthorCount == 1 && tiny.CommentCount == 3, "'1 authors' and 3 comments");

// An organisation instead of an author count, and a paper without a meta block.
var guide = ReadingList.Known.AFieldGuideToTextEmbeddingModels;
Check(guide.Organization == new PaperOrganization("Example-Lab", "Example Lab") && guide.AuthorCount is null, "the organisation replaces the author count");
Check(guide.Abstract.EndsWith("(naïve or caf\uFFFD-grade).", StringComparison.Ordinal), "a byte that is not UTF-8 reads as the compiler reads it");
var notes = ReadingList.FindByTitle("notes on keeping a reading list");
Check(notes is not null && notes.PublishedOn is null && notes.AuthorCount is null && notes.CommentCount is null, "a paper without a meta block has no date, authors or comments");

Check(ReadingList.TryGet(new PaperId("a-field-guide-to-text-embedding-models"), out var found) && ReferenceEquals(found, guide), "TryGet finds a paper by id");
Check(ReadingList.All.Where(p => p.PublishedOn?.Year == 2025).Count() == 2, "LINQ: two papers from 2025");

Console.WriteLine(failures.Count == 0 ? "all checks passed" : $"{failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;
