using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Sources.Model;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Properties;

/// <summary>
/// Properties 1, 3, 4 and 5 for the rendered formats: random papers written as Markdown, text-browser output or link lines
/// read back exactly; with lines deleted, repeated or replaced by junk, reading never throws, every title line is a paper's
/// title or lies in a diagnostic's span, and the result is the same whatever the line endings.
/// </summary>
public class RenderedPropertyTests
{
    public sealed record Paper(string Title, string Abstract, string ArxivId, int Upvotes, int Authors, int Day, int Comments);

    public sealed record Document(int Rendering, Paper[] Papers, (int Line, int Kind)[] Damage)
    {
        public override string ToString() => $"rendering {Rendering}, damage {string.Join(",", Damage)}\n" + Render(this).Text;
    }

    private static readonly Gen<string> Word = Gen.String[Gen.Char['a', 'z'], 2, 9];

    private static readonly Gen<string> TitleText = Word.Array[2, 8].Select(words => char.ToUpperInvariant(words[0][0]) + string.Join(" ", words).Substring(1));

    private static readonly Gen<string> AbstractText = Word.Array[20, 90].Select(words => "We " + string.Join(" ", words) + ".");

    private static readonly Gen<Paper> Papers =
        from title in TitleText
        from summary in AbstractText
        from id in Gen.Int[10000, 99999]
        from upvotes in Gen.Int[0, 500]
        from authors in Gen.Int[1, 60]
        from day in Gen.Int[1, 28]
        from comments in Gen.Int[0, 30]
        select new Paper(title, summary, "2401." + id.ToString(CultureInfo.InvariantCulture), upvotes, authors, day, comments);

    private static readonly Gen<Document> Documents =
        from rendering in Gen.Int[0, 2]
        from papers in Papers.Array[1, 8]
        from damage in Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 2]).Array[0, 3]
        select new Document(rendering, papers.DistinctBy(paper => paper.Title).ToArray(), damage);

    [Fact]
    public void Undamaged_renderings_read_back_exactly()
    {
        Property.Check("rendered/round-trip", Documents.Select(document => document with { Damage = [] }), 1500, document =>
        {
            var (text, titleLines) = Render(document);
            var parsed = Pipeline.Parse(text, capturedOn: "2024-12-31");

            parsed.Diagnostics.ShouldBeEmpty();
            parsed.Format.ShouldBe((SourceFormat)((int)SourceFormat.Markdown + document.Rendering));
            parsed.Entries.Select(entry => entry.Position.Line).ShouldBe(titleLines);
            parsed.Entries.Select(entry => (entry.Title, entry.Abstract, entry.AuthorCount, entry.PublishedOn, entry.CommentCount, entry.Upvotes))
                .ShouldBe(document.Papers.Select(paper => (paper.Title, paper.Abstract, (int?)paper.Authors, (CalendarDate?)new CalendarDate(2024, 3, paper.Day), (int?)paper.Comments, (int?)paper.Upvotes)));
            parsed.Entries.Select(entry => entry.ArxivId).ShouldBe(document.Papers.Select(paper => document.Rendering == 1 ? null : paper.ArxivId));
        });
    }

    [Fact]
    public void Damaged_renderings_never_throw_drop_no_title_silently_and_read_the_same_with_any_line_ending()
    {
        Property.Check("rendered/damaged", Documents, 1500, document =>
        {
            var (text, titleLines) = Render(document);
            var lines = text.Split('\n').ToList();
            var kept = Enumerable.Range(0, lines.Count).ToList();
            foreach (var (line, kind) in document.Damage)
            {
                var at = line % lines.Count;
                switch (kind)
                {
                    case 0:
                        lines.RemoveAt(at);
                        kept.RemoveAt(at);
                        break;
                    case 1:
                        lines.Insert(at, lines[at]);
                        kept.Insert(at, -1);
                        break;
                    default:
                        lines[at] = "]junk[ · - x authors";
                        kept[at] = -1;
                        break;
                }
            }

            var damaged = string.Join("\n", lines);
            var parsed = Pipeline.Parse(damaged, capturedOn: "2024-12-31");
            var crlf = Pipeline.Parse(damaged.Replace("\n", "\r\n"), capturedOn: "2024-12-31");

            crlf.Entries.Select(entry => (entry.Position.Line, entry.Title, entry.Abstract)).ShouldBe(parsed.Entries.Select(entry => (entry.Position.Line, entry.Title, entry.Abstract)));
            crlf.Diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Position.Line)).ShouldBe(parsed.Diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Position.Line)));
            parsed.Diagnostics.ShouldAllBe(diagnostic => diagnostic.Position.Start >= 0 && diagnostic.Position.Start + diagnostic.Position.Length <= damaged.Length && Pipeline.KnownIds.Contains(diagnostic.Id));

            var starts = Pipeline.Lines(damaged).Select(line => line.Start).ToList();
            var entryLines = parsed.Entries.Select(entry => entry.Position.Line).ToHashSet();
            for (var line = 0; line < kept.Count && line < starts.Count; line++)
            {
                if (kept[line] >= 0 && titleLines.Contains(kept[line]))
                {
                    var start = starts[line];
                    var named = entryLines.Contains(line)
                        || parsed.Diagnostics.Any(diagnostic => diagnostic.Position.Line == line || (start >= diagnostic.Position.Start && start < diagnostic.Position.Start + diagnostic.Position.Length))
                        || parsed.Diagnostics.Any(diagnostic => diagnostic.Id == "PDS013");
                    named.ShouldBeTrue($"the title on line {line + 1} is in no paper and no diagnostic:\n{string.Join("\n", lines.Take(line + 12).Skip(Math.Max(0, line - 12)))}\n{string.Join("\n", parsed.Diagnostics.Select(diagnostic => diagnostic.Id + "@" + diagnostic.Position.LineNumber))}");
                }
            }
        });
    }

    /// <summary>The document in its rendering, and the 0-based line of each paper's title.</summary>
    private static (string Text, List<int> TitleLines) Render(Document document)
    {
        var text = new StringBuilder();
        var titleLines = new List<int>();
        var line = 0;
        void Add(string value)
        {
            text.Append(value).Append('\n');
            line += value.Count(c => c == '\n') + 1;
        }

        Add(document.Rendering == 1 ? "[[Hugging Face's logo] Hugging Face][1]\n* [ Models ][2]\nnew" : "new");
        Add("\nGet trending papers in your email inbox!\n\nDaily Papers\n\nby AK and the research community\n\nDec 31\n");
        var reference = 3;
        foreach (var paper in document.Papers)
        {
            var url = "https://huggingface.co/papers/" + paper.ArxivId;
            var date = $"Mar {paper.Day}";
            switch (document.Rendering)
            {
                case 0:
                    Add($"[{paper.Upvotes}](https://huggingface.co/login?next=%2Fpapers%2F{paper.ArxivId})\n");
                    titleLines.Add(line);
                    Add($"### [{paper.Title}]({url})\n");
                    Add($"[{paper.Abstract}]({url})\n");
                    Add($"[- ![](https://huggingface.co/avatars/a.svg)\\\\\n- {paper.Authors} authors]({url})\n\n·\n");
                    Add(paper.Comments == 0 ? date + "\n" : $"{date}[{paper.Comments}]({url}#community)\n");
                    break;
                case 1:
                    Add($"[\n{paper.Upvotes}\n][{reference++}]\n");
                    titleLines.Add(line);
                    Add($"### [{paper.Title}][{reference++}]\n");
                    Add($"[\n\n{Wrap(paper.Abstract, 120)}\n\n][{reference++}]");
                    Add($"[\n* {paper.Authors} authors\n][{reference++}]\n·");
                    Add(paper.Comments == 0 ? date : $"{date} [ {paper.Comments}][{reference++}]");
                    break;
                default:
                    Add($" [-] {paper.Upvotes}\nhttps://huggingface.co/login?next=%2Fpapers%2F{paper.ArxivId}");
                    titleLines.Add(line);
                    Add($"{paper.Title}\n{url}\n{paper.Abstract}\n[\n{paper.Authors} authors]({url})\n·\n{date}");
                    if (paper.Comments > 0)
                    {
                        Add($"{paper.Comments}\n{url}#community");
                    }

                    Add(string.Empty);
                    break;
            }
        }

        return (text.ToString(), titleLines);
    }

    private static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(current.ToString());
        return string.Join("\n", lines);
    }
}
