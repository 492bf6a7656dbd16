using System.Text.RegularExpressions;
using PaperDataset.Package.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace PaperDataset.Package.Tests;

/// <summary>
/// The key analyzer (PDS100–PDS105) as users of each package meet it: a real build of tests/consumers/KeyAnalyzer* against
/// the packed feed reports string keys at their lines, and <c>dotnet format analyzers</c> applies the code fix that writes
/// the paper's handle instead of a known key.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed partial class KeyAnalyzerConsumerTests(PackedPackages packages, ITestOutputHelper output)
{
    [Fact]
    public async Task PaperDataset_consumer_gets_key_diagnostics_at_their_lines_and_dotnet_format_writes_handles()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var workspace = ConsumerWorkspace.Create(packages, "key-analyzer-consumer");

        var build = await workspace.BuildAsync("KeyAnalyzerConsumer", cancellation);
        output.WriteLine(build.ToString());
        build.Succeeded.ShouldBeFalse("the consumer's .editorconfig raises PDS101 to an error");
        Reported(build.Output).ShouldBe(["warning PDS100 at 8:41", "error PDS101 at 9:31"]);
        build.Output.ShouldContain("did you mean 'continual-learning-not-training-online-adaptation-for-agents'?");
        build.Output.ShouldContain("did you mean 'Continual Learning, Not Training: Online Adaptation For Agents'?");

        var format = await workspace.FormatAnalyzersAsync("KeyAnalyzerConsumer", ["PDS103", "PDS104"], cancellation);
        output.WriteLine(format.ToString());
        format.Succeeded.ShouldBeTrue(format.ToString());
        var program = File.ReadAllLines(Path.Combine(workspace.Root, "KeyAnalyzerConsumer", "Program.cs"));
        program[3].ShouldBe("var byId = Papers.Known.ContinualLearningNotTrainingOnlineAdaptationForAgents;");
        program[4].ShouldBe("var byTitle = Papers.Known.ContinualLearningNotTrainingOnlineAdaptationForAgents;");
        program[7].ShouldContain("new PaperId(\"continual-learning-not-training-online-adaptation-for-agent\")", Case.Sensitive, "an unknown key is not a PDS103 fix");
    }

    [Fact]
    public async Task Generator_consumer_gets_key_diagnostics_against_its_own_Hub_files_and_dotnet_format_writes_handles()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var workspace = ConsumerWorkspace.Create(packages, "key-analyzer-generator-consumer");

        var build = await workspace.BuildAsync("KeyAnalyzerGeneratorConsumer", cancellation);
        output.WriteLine(build.ToString());
        build.Succeeded.ShouldBeTrue(build.ToString());
        Reported(build.Output).ShouldBe(["warning PDS102 at 8:44", "warning PDS100 at 9:44"]);
        build.Output.ShouldContain("did you mean '1706.03762'?");

        var format = await workspace.FormatAnalyzersAsync("KeyAnalyzerGeneratorConsumer", ["PDS103", "PDS105"], cancellation);
        output.WriteLine(format.ToString());
        format.Succeeded.ShouldBeTrue(format.ToString());
        var program = File.ReadAllLines(Path.Combine(workspace.Root, "KeyAnalyzerGeneratorConsumer", "Program.cs"));
        program[3].ShouldBe("var byId = Reading.Known.AttentionIsAllYouNeed;");
        program[4].ShouldBe("var byArxivId = Reading.Known.DeepResidualLearningForImageRecognition;");
    }

    /// <summary>Each key diagnostic in the build output as "severity id at line:column" (MSBuild repeats them in its summary).</summary>
    private static List<string> Reported(string buildOutput) =>
        KeyDiagnostic().Matches(buildOutput)
            .Select(match => $"{match.Groups["severity"].Value} {match.Groups["id"].Value} at {match.Groups["line"].Value}:{match.Groups["column"].Value}")
            .Distinct()
            .ToList();

    [GeneratedRegex(@"Program\.cs\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>PDS1\d\d):")]
    private static partial Regex KeyDiagnostic();
}
