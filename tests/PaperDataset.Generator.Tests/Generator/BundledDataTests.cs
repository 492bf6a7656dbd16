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
    public void The_bundled_data_generates_without_a_warning_and_compiles_cleanly()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Bundled());

        // One paper is in a text copy and a daily list, which disagree on its comment count: the text copy, captured
        // eight months later, wins. That is information (PDS005), never a warning: the library builds warning-free.
        var diagnostic = run.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS005");
        diagnostic.Severity.ShouldBe(Microsoft.CodeAnalysis.DiagnosticSeverity.Info);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("has comment count \"1\" here but \"2\" in 000_268e26c7047ff591.txt line 125");
        run.CompilationProblems.ShouldBeEmpty();
        run.LoadPapers().Count.ShouldBe(258); // 183 from the text copies, 76 from the Hub files, one paper in both
    }

    [Fact]
    public void The_library_project_configures_the_same_files_and_capture_dates_the_tests_use()
    {
        var project = XDocument.Load(System.IO.Path.Combine(Repository.Root, "src", "PaperDataset", "PaperDataset.csproj"));
        var configured = project.Descendants("AdditionalFiles")
            .Where(item => (string?)item.Attribute("PaperDatasetScrape") == "true")
            .Select(item => (Path: System.IO.Path.GetFullPath(System.IO.Path.Combine(Repository.Root, "src", "PaperDataset", (string)item.Attribute("Include")!)),
                CapturedOn: (string?)item.Attribute("PaperDatasetCapturedOn")))
            .ToList();

        configured.Select(file => (file.Path, file.CapturedOn)).ShouldBe(
            GeneratorHarness.Bundled().Select(scrape => (System.IO.Path.GetFullPath(scrape.Path), scrape.CapturedOn)),
            ignoreOrder: true);
    }

    [Fact]
    public void Every_text_copy_source_line_holds_its_papers_title()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Bundled());
        var papers = run.LoadPapers();

        // Sources point back into the text copies: the line each source names must hold that paper's title (a Hub file's
        // line is that of its item, whose title may sit on another line or, in a saved page, inside an attribute).
        foreach (var scrape in GeneratorHarness.Bundled().Where(scrape => scrape.Path.EndsWith(".txt", System.StringComparison.Ordinal)))
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
