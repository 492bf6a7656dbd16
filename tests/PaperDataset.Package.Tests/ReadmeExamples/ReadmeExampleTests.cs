using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Package.Tests.ReadmeExamples;

/// <summary>
/// The README's examples are code in this folder, compiled and run here; the package READMEs must show them verbatim.
/// TitleTests.cs is the fixture example whole (its theories run with the rest of the suite).
/// </summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_query_example_runs_and_its_lookups_agree()
    {
        var (continual, paper, byId, byTitle) = QueryExample.Run();
        byId.ShouldBeSameAs(paper);
        byTitle.ShouldBeSameAs(paper);
        continual.ShouldContain(paper);
    }

    [Fact]
    public void The_Hub_fields_example_lists_upvoted_papers_most_upvoted_first_and_finds_a_paper_by_arXiv_id()
    {
        var (mostUpvoted, herd) = HubFieldsExample.Run();
        mostUpvoted.ShouldAllBe(paper => paper.Upvotes != null);
        mostUpvoted.Select(paper => paper.Upvotes).ShouldBeInOrder(SortDirection.Descending);
        mostUpvoted.Count.ShouldBe(Math.Min(5, Papers.All.Count(paper => paper.Upvotes != null)));
        herd.ShouldBeSameAs(Papers.All.SingleOrDefault(paper => paper.ArxivId == "2407.21783"));
    }

    [Fact]
    public void The_JSON_example_reads_back_the_catalogue()
    {
        JsonExample.Run().ShouldBe(Papers.All);
    }

    // The package README (shown on the gallery) and the repository README both carry the examples.
    public static TheoryData<string, string, string> ExampleReadmes => new()
    {
        { "QueryExample.cs", "query", "src/PaperDataset/PACKAGE.md" },
        { "JsonExample.cs", "json", "src/PaperDataset/PACKAGE.md" },
        { "QueryExample.cs", "query", "README.md" },
        { "JsonExample.cs", "json", "README.md" },
        { "HubFieldsExample.cs", "hub", "README.md" },
    };

    [Theory]
    [MemberData(nameof(ExampleReadmes))]
    public void The_READMEs_show_the_example_verbatim(string file, string marker, string readme)
    {
        var snippet = Snippet(File.ReadAllLines(Repository.PathOf("tests", "PaperDataset.Package.Tests", "ReadmeExamples", file)), marker);
        File.ReadAllText(Repository.PathOf(readme.Split('/'))).ShouldContain(snippet);
    }

    [Fact]
    public void The_generator_package_README_shows_the_generator_consumer_verbatim()
    {
        // tests/consumers/GeneratorConsumer is built and run against the packed generator by ConsumerTests.
        var snippet = Snippet(File.ReadAllLines(Repository.PathOf("tests", "consumers", "GeneratorConsumer", "Program.cs")), "generator");
        File.ReadAllText(Repository.PathOf("generator", "PaperDataset.Generator", "PACKAGE.md")).ShouldContain(snippet);
    }

    [Theory]
    [InlineData("src/PaperDataset/PACKAGE.md")]
    [InlineData("README.md")]
    public void The_READMEs_show_the_fixture_example_verbatim(string readme)
    {
        var example = File.ReadAllText(Repository.PathOf("tests", "PaperDataset.Package.Tests", "ReadmeExamples", "TitleTests.cs")).TrimEnd();
        File.ReadAllText(Repository.PathOf(readme.Split('/'))).ShouldContain(example);
    }

    /// <summary>The lines between <c>// &lt;readme:NAME&gt;</c> and <c>// &lt;/readme:NAME&gt;</c>, with their common indentation removed.</summary>
    internal static string Snippet(string[] lines, string marker)
    {
        var start = Array.FindIndex(lines, l => l.Trim() == $"// <readme:{marker}>");
        var end = Array.FindIndex(lines, l => l.Trim() == $"// </readme:{marker}>");
        start.ShouldBeGreaterThanOrEqualTo(0);
        end.ShouldBeGreaterThan(start);
        var body = lines[(start + 1)..end];
        var indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
