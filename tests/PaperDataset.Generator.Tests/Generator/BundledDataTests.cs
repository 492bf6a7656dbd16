using System.Linq;
using System.Xml.Linq;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Generator.Tests.Generator;

/// <summary>The generator over the real bundled files, exactly as the library configures them.</summary>
public class BundledDataTests
{
    [Fact]
    public void The_bundled_scrapes_generate_without_any_diagnostic_and_compile_cleanly()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Bundled());

        run.Diagnostics.ShouldBeEmpty();
        run.CompilationProblems.ShouldBeEmpty();
        run.LoadPapers().Count.ShouldBe(183);
    }

    [Fact]
    public void The_library_project_configures_the_same_capture_dates_the_tests_use()
    {
        var project = XDocument.Load(System.IO.Path.Combine(Repository.Root, "src", "PaperDataset", "PaperDataset.csproj"));
        var configured = project.Descendants("AdditionalFiles")
            .Where(item => (string?)item.Attribute("PaperDatasetScrape") == "true")
            .ToDictionary(item => System.IO.Path.GetFileName((string)item.Attribute("Include")!), item => (string)item.Attribute("PaperDatasetCapturedOn")!);

        configured.ShouldBe(BundledScrapes.Files.ToDictionary(file => file.Name, file => file.CapturedOn), ignoreOrder: true);
    }

    [Fact]
    public void Every_source_line_holds_its_papers_title()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Bundled());
        var papers = run.LoadPapers();

        // Sources point back into the files: the line each source names must hold that paper's title.
        foreach (var scrape in GeneratorHarness.Bundled())
        {
            var lines = scrape.Text.Split('\n');
            var fileName = System.IO.Path.GetFileName(scrape.Path);
            foreach (var paper in papers)
            {
                foreach (var source in paper.Sources.Split(", ").Where(source => source.StartsWith(fileName + ":")))
                {
                    var line = int.Parse(source.Split(':')[1]);
                    PaperDataset.PaperTitleComparer.Instance.Equals(lines[line - 1], paper.Title).ShouldBeTrue(source);
                }
            }
        }
    }
}
