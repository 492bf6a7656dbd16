using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData(new string[0], "a command is required")]
    [InlineData(new[] { "stat" }, "Did you mean 'stats'?")]
    [InlineData(new[] { "search", "--lmit", "5", "x" }, "unknown option '--lmit'. Did you mean '--limit'?")]
    [InlineData(new[] { "search", "x", "--limit", "many" }, "--limit expects a whole number, 0 or more, not 'many'.")]
    [InlineData(new[] { "search", "x", "--limit", "-1" }, "--limit expects a whole number")]
    [InlineData(new[] { "search", "--since", "2024-13" }, "--since expects a date as yyyy, yyyy-mm or yyyy-mm-dd, not '2024-13'.")]
    [InlineData(new[] { "search", "--until", "2023-02-29" }, "--until expects a date")]
    [InlineData(new[] { "stats", "--source", "data", "--captured-on", "2025-02-30" }, "papers stats: --captured-on expects a date yyyy-mm-dd, not '2025-02-30'.")]
    [InlineData(new[] { "search", "x", "--captured-on", "07/11/2025" }, "papers search: --captured-on expects a date yyyy-mm-dd, not '07/11/2025'.")]
    [InlineData(new[] { "search", "--since", "2025", "--until", "2024" }, "--since (2025-01-01) is after --until (2024-12-31).")]
    [InlineData(new[] { "search", "--in", "body", "x" }, "--in expects one of all, title, abstract, not 'body'.")]
    [InlineData(new[] { "search", "--sort", "likes" }, "--sort expects one of relevance, date, comments, upvotes, title, id, not 'likes'.")]
    [InlineData(new[] { "search", "--org", "no-such-org" }, "no paper is from the organisation 'no-such-org'. Known organisations: ")]
    [InlineData(new[] { "search", "--org", "no-such-org" }, "PEARLS-Lab (PEARLS Lab)")]
    [InlineData(new[] { "search", "***" }, "the search text has no words")]
    [InlineData(new[] { "show" }, "Required argument missing for command: 'show'.")]
    [InlineData(new[] { "export" }, "Option '--format' is required.")]
    [InlineData(new[] { "export", "--format", "xml" }, "--format expects one of jsonl, json, csv, parquet, not 'xml'.")]
    [InlineData(new[] { "search", "x", "--format", "xml" }, "--format expects one of table, jsonl, json, csv, not 'xml'.")]
    [InlineData(new[] { "export", "-f", "csv", "-o", "a\0b" }, "papers export: cannot write 'a\0b': ")]
    [InlineData(new[] { "search", "x", "--offset", "-2" }, "--offset expects a whole number, 0 or more, not '-2'.")]
    [InlineData(new[] { "show", "a" }, "'a' is the start of")]
    [InlineData(new[] { "stats", "extra" }, "Unrecognized command or argument 'extra'.")]
    public void A_usage_error_exits_1_with_a_message_on_stderr(string[] args, string message)
    {
        var run = CliRun.Plain(args);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain(message);
        run.Error.ShouldContain("--help' for usage and examples.");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("stats", "--help")]
    [InlineData("search", "--help")]
    [InlineData("show", "-h")]
    [InlineData("export", "--help")]
    [InlineData("export", "-?")]
    public void Help_everywhere_succeeds_with_examples(params string[] args)
    {
        var run = CliRun.Plain(args);

        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("Usage:");
        run.Out.ShouldContain("Examples:");
        run.Out.ShouldContain("  papers ");
    }

    [Fact]
    public void Every_example_in_the_help_runs()
    {
        foreach (var example in new[]
        {
            new[] { "stats" },
            new[] { "search", "continual", "learning" },
            new[] { "search", "\"neural network\" pruning", "--in", "abstract" },
            new[] { "search", "transform*", "--since", "2024", "--sort", "comments" },
            new[] { "search", "--org", "PEARLS-Lab" },
            new[] { "search", "diffusion", "--since", "2023-06", "--until", "2024", "--min-comments", "1", "--limit", "0" },
            new[] { "search", "learning", "--offset", "20", "--limit", "20" },
            new[] { "search", "diffusion", "--format", "jsonl" },
            new[] { "show", "yolov9" },
            new[] { "show", "https://arxiv.org/abs/2407.21783" },
            new[] { "export", "--format", "json", "diffusion", "--in", "title", "--sort", "comments" },
        })
        {
            CliRun.Plain(example).ExitCode.ShouldBe(0, string.Join(' ', example));
        }
    }

    [Fact]
    public void Version_succeeds()
    {
        var run = CliRun.Plain("--version");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldNotBeEmpty();
    }
}
