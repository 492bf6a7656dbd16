using System.Linq;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Sources.Model;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Units;

/// <summary>The robustness rules change nothing on the real files: the counts of data/README.md, and no diagnostic at all.</summary>
public class BundledParseTests
{
    [Theory]
    [InlineData(0, 71, 70)]
    [InlineData(1, 32, 32)]
    [InlineData(2, 43, 0)]
    [InlineData(3, 24, 24)]
    [InlineData(4, 48, 48)]
    public void Every_bundled_file_parses_to_its_documented_entries_without_diagnostics(int file, int entries, int withMeta)
    {
        var (name, capturedOn) = BundledScrapes.Files[file];

        var parsed = Pipeline.Parse(BundledScrapes.Text(file), "/data/" + name, capturedOn);

        parsed.Diagnostics.ShouldBeEmpty();
        parsed.Entries.Count.ShouldBe(entries);
        parsed.Entries.Count(entry => entry.Shown != EntryFacts.None).ShouldBe(withMeta);
        parsed.Entries.ShouldAllBe(entry => entry.Title.Length <= 400 && entry.Abstract.Length > 400);
    }
}
