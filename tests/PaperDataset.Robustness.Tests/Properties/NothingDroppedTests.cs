using System.Linq;
using PaperDataset.Robustness.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Properties;

/// <summary>
/// Property 4: every text item of the input (anything that could be a title or an abstract) ends up in a paper, as its title
/// or its abstract, or is named by a diagnostic at one of its lines. Inputs mix valid entries with stray titles, lone
/// abstracts, stray meta blocks, upvote lines, page chrome and dates in the list.
/// </summary>
public class NothingDroppedTests
{
    [Fact]
    public void Every_text_item_is_a_title_an_abstract_or_named_by_a_diagnostic()
    {
        Property.Check("nothing-dropped", SoupDocument.Documents, 3000, document =>
        {
            var parsed = Pipeline.Parse(document.Text);
            if (parsed.Diagnostics.Any(diagnostic => diagnostic.Id == "PDS013"))
            {
                // The whole file was refused, by a diagnostic that says so: nothing in it is silently lost.
                parsed.Entries.ShouldBeEmpty();
                return;
            }

            // A diagnostic names every line its span covers: one PDS001 stands for a whole run of skipped lines.
            var lineStarts = Pipeline.Lines(document.Text).Select(line => line.Start).ToList();
            var diagnosticLines = Enumerable.Range(1, lineStarts.Count)
                .Where(number => parsed.Diagnostics.Any(diagnostic => diagnostic.Position.LineNumber == number
                    || (lineStarts[number - 1] >= diagnostic.Position.Start && lineStarts[number - 1] < diagnostic.Position.Start + diagnostic.Position.Length)))
                .ToHashSet();
            var titleLines = parsed.Entries.Select(entry => entry.Position.LineNumber).ToHashSet();
            var used = new bool[document.Blocks.Count];
            for (var i = 0; i < document.Blocks.Count; i++)
            {
                var lines = Enumerable.Range(document.BlockLines[i], document.Blocks[i].Lines.Length).ToList();
                if (lines.Any(titleLines.Contains))
                {
                    var entry = parsed.Entries.Single(entry => lines.Contains(entry.Position.LineNumber));
                    used[i] = true;
                    // The abstract is the next text block (lone chrome or dates in between are skipped with a diagnostic).
                    var next = Enumerable.Range(i + 1, document.Blocks.Count - i - 1)
                        .First(j => string.Join(" ", document.Blocks[j].Lines.Select(line => line.Trim())) == entry.Abstract);
                    used[next] = true;
                }
            }

            for (var i = 0; i < document.Blocks.Count; i++)
            {
                var block = document.Blocks[i];
                if (!block.IsText || used[i])
                {
                    continue;
                }

                var lines = Enumerable.Range(document.BlockLines[i], block.Lines.Length);
                lines.Any(diagnosticLines.Contains).ShouldBeTrue($"block {i} at line {document.BlockLines[i]} ({block.Kind}) is in no paper and no diagnostic");
            }
        }, document => document.Text.Length <= 6000 ? document.Text : document.Text.Substring(0, 6000) + "…");
    }
}
