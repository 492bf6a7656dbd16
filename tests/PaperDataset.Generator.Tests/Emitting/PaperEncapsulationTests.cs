using PaperDataset.Generator.Tests.Generator;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Generator.Tests.Emitting;

/// <summary>
/// With the generator package, <c>Paper</c> and the loader are compiled into the consumer's own assembly, so "internal"
/// does not keep consumer code out: a catalogue paper's stored fields must be private to <c>Paper</c>, and the store
/// may only provide values.
/// </summary>
public class PaperEncapsulationTests
{
    [Fact]
    public void Consumer_code_in_the_same_assembly_cannot_reach_a_papers_stored_fields()
    {
        const string consumer = """
            namespace PaperDataset.Generated;

            internal static class Tamper
            {
                internal static void Fields(Paper paper) => new Paper.Fields();
            }
            """;

        var run = GeneratorHarness.Run([GeneratorEndToEndTests.Newer], null, consumer);

        run.CompilationProblems.ShouldHaveSingleItem().Id.ShouldBe("CS0122"); // inaccessible due to its protection level
    }
}
