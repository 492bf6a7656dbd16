using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using PaperDataset.Generator.Model;
using PaperDataset.Sources.Model;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Properties;

/// <summary>
/// Property 6: delete, duplicate, swap or corrupt a line of a real bundled scrape. Every paper the damage does not touch
/// comes back intact at its (shifted) line; anything else that comes back lies next to the damage; and when a structural
/// change (deletion, duplication, swap) changes what the damaged neighbourhood yields, a diagnostic points into it.
/// </summary>
public class BundledMutationTests
{
    public enum Kind
    {
        Delete,
        Duplicate,
        SwapAdjacent,
        SwapNear,
        Truncate,
        Insert,
        Replace,
    }

    public sealed record Mutation(int File, Kind Kind, int Line, int Distance, int Cut, string Noise)
    {
        public bool IsStructural => Kind is Kind.Delete or Kind.Duplicate or Kind.SwapAdjacent or Kind.SwapNear;

        public override string ToString() => $"{RealFiles[File].Name} {Kind} line {Line + 1} distance {Distance} cut {Cut} noise \"{Noise}\"";
    }

    // The bundled text copies, then the real captures in other renderings.
    private static readonly IReadOnlyList<(string Name, string CapturedOn, Func<string> Text)> RealFiles =
    [
        .. BundledScrapes.Files.Select((file, i) => (file.Name, file.CapturedOn, (Func<string>)(() => BundledScrapes.Text(i)))),
        .. RealCaptures.Files.Select((file, i) => (file.Name, file.CapturedOn, (Func<string>)(() => RealCaptures.Text(i)))),
    ];

    // No '#', '[', ']', '(', '`', '~', '*' or '!': damage, not a switch to Markdown (which the parser rightly rejects whole).
    private static readonly Gen<string> Noise = Gen.String[Gen.Char["abcXYZ 019-·•\"\\\0\u202E\u00E9\uD800\t,.:;?'"], 1, 12];

    private static Gen<Mutation> Mutations(int firstFile, int lastFile) =>
        from file in Gen.Int[firstFile, lastFile]
        from kind in Gen.Enum<Kind>()
        from line in Gen.Int[0, 100_000]
        from distance in Gen.Int[2, 6]
        from cut in Gen.Int[0, 100_000]
        from noise in Noise
        select new Mutation(file, kind, line, distance, cut, noise);

    private static readonly Dictionary<int, ReadResult> Originals = new();

    [Fact]
    public void Unaffected_papers_stay_intact_and_damage_is_reported_where_it_is()
    {
        Property.Check("bundled-mutations", Mutations(0, BundledScrapes.Files.Count - 1), 3000, Check);
    }

    [Fact]
    public void In_the_real_captures_too_unaffected_papers_stay_intact_and_damage_is_reported_where_it_is()
    {
        Property.Check("capture-mutations", Mutations(BundledScrapes.Files.Count, RealFiles.Count - 1), 1500, Check);
    }

    private static void Check(Mutation mutation)
    {
        var lines = RealFiles[mutation.File].Text().Split('\n').ToList();
        var originalLines = lines.ToList();
        var at = mutation.Line % lines.Count;
        var other = Math.Min(lines.Count - 1, at + (mutation.Kind == Kind.SwapNear ? mutation.Distance : 1));
        var damaged = new List<int> { at };
        Func<int, int> map = line => line;
        switch (mutation.Kind)
        {
            case Kind.Delete:
                lines.RemoveAt(at);
                map = line => line > at ? line - 1 : line;
                break;
            case Kind.Duplicate:
                lines.Insert(at, lines[at]);
                map = line => line > at ? line + 1 : line;
                break;
            case Kind.SwapAdjacent or Kind.SwapNear:
                (lines[at], lines[other]) = (lines[other], lines[at]);
                damaged.Add(other);
                break;
            case Kind.Truncate:
                lines[at] = lines[at].Substring(0, mutation.Cut % (lines[at].Length + 1));
                break;
            case Kind.Insert:
                lines[at] = lines[at].Insert(mutation.Cut % (lines[at].Length + 1), mutation.Noise);
                break;
            default:
                lines[at] = mutation.Noise;
                break;
        }

        // Swapping two lines of the same shape (two titles, two abstracts, two dates) gives a well-formed file that says
        // something else: no parser can see that, so such a swap is held only to the first two promises, like corruption.
        // Likewise a line deleted from or repeated inside a hard-wrapped paragraph (the captures' abstracts) leaves a
        // paragraph that reads well.
        var structural = mutation.IsStructural && !(mutation.Kind is Kind.SwapAdjacent or Kind.SwapNear && Shape(lines[at]) == Shape(lines[other]))
            && !(mutation.Kind is Kind.Delete or Kind.Duplicate && InParagraph(originalLines, at));
        var (name, capturedOn, _) = RealFiles[mutation.File];
        var original = Original(mutation.File);
        var mutated = Pipeline.Parse(string.Join("\n", lines), "/data/" + name, capturedOn);

        // Each original entry owns the lines from the blank line above its title to the blank line below its last line.
        var titles = original.Entries.Select(entry => entry.Position.Line).ToList();
        var firstDamage = damaged.Min();
        var lastDamage = damaged.Max();
        var affected = new List<SourceEntry>();
        var intact = new List<SourceEntry>();
        var windowStart = firstDamage - 1;
        var windowEnd = lastDamage + 1;
        for (var i = 0; i < titles.Count; i++)
        {
            var start = titles[i] - 1;
            var end = i + 1 < titles.Count ? titles[i + 1] - 1 : int.MaxValue;
            if (damaged.Any(line => line >= start && line <= end))
            {
                affected.Add(original.Entries[i]);
                windowStart = Math.Min(windowStart, start);
                windowEnd = Math.Max(windowEnd, Math.Min(end, lines.Count));
            }
            else
            {
                intact.Add(original.Entries[i]);
            }
        }

        var byLine = mutated.Entries.ToDictionary(entry => entry.Position.Line);
        foreach (var entry in intact)
        {
            byLine.TryGetValue(map(entry.Position.Line), out var found).ShouldBeTrue($"\"{entry.Title}\" (line {entry.Position.LineNumber}) was lost");
            Key(found!).ShouldBe(Key(entry), $"line {found.Position.LineNumber}; diagnostics: {string.Join(", ", mutated.Diagnostics.Select(diagnostic => diagnostic.Id + "@" + diagnostic.Position.LineNumber))}");
        }

        var low = map(windowStart) - 1;
        var high = map(Math.Min(windowEnd, lines.Count)) + 1;
        Func<int, bool> inWindow = line => line >= low && line <= high;
        var intactLines = intact.Select(entry => map(entry.Position.Line)).ToHashSet();
        var extra = mutated.Entries.Where(entry => !intactLines.Contains(entry.Position.Line)).ToList();
        extra.ShouldAllBe(entry => inWindow(entry.Position.Line), "a paper changed away from the damage");

        var changed = !extra.Select(Key).OrderBy(key => key, StringComparer.Ordinal).SequenceEqual(affected.Select(Key).OrderBy(key => key, StringComparer.Ordinal));
        if (structural && changed)
        {
            mutated.Diagnostics.Select(diagnostic => diagnostic.Position.Line).ShouldContain(line => inWindow(line) || line == 0,
                $"the damage changed papers without a diagnostic; window {low + 1}-{high + 1}, before: {Show(affected)}; after: {Show(extra)}");
        }
    }

    private static bool InParagraph(List<string> lines, int at) =>
        Shape(lines[at]) == 5 && ((at > 0 && Shape(lines[at - 1]) == 5) || (at + 1 < lines.Count && Shape(lines[at + 1]) == 5));

    private static ReadResult Original(int file)
    {
        lock (Originals)
        {
            if (!Originals.TryGetValue(file, out var parsed))
            {
                var (name, capturedOn, text) = RealFiles[file];
                parsed = Pipeline.Parse(text(), "/data/" + name, capturedOn);
                parsed.Diagnostics.ShouldAllBe(diagnostic => diagnostic.Id == "PDS008"); // only the captures cut mid-entry have any
                Originals.Add(file, parsed);
            }

            return parsed;
        }
    }

    private static int Shape(string line) =>
        line.Trim().Length == 0 ? 0 : line.Length > 400 ? 1 : line.TrimStart().StartsWith('•') ? 2 : line.TrimStart().StartsWith('·') ? 3 : char.IsDigit(line.TrimEnd()[^1]) && line.Contains(' ') && line.Length < 20 ? 4 : 5;

    private static string Show(IEnumerable<SourceEntry> entries) =>
        string.Join("; ", entries.Select(entry => $"line {entry.Position.LineNumber} \"{Shorten(entry.Title)}\" / \"{Shorten(entry.Abstract)}\""));

    private static string Shorten(string text) => text.Length <= 50 ? text : text.Substring(0, 50) + "…";

    private static string Key(SourceEntry entry) =>
        $"{entry.Title}\n{entry.Abstract}\n{entry.AuthorCount}|{entry.Organization}|{entry.PublishedOn}|{entry.CommentCount}|{entry.Shown == EntryFacts.None}";
}
