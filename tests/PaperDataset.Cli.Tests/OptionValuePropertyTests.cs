using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using PaperDataset.Cli.Fetch;
using PaperDataset.Cli.Tests.Fetch;
using Shouldly;
using Xunit;

namespace PaperDataset.Cli.Tests;

/// <summary>
/// Every command, driven with generated option values (valid, impossible dates, out-of-range and huge numbers, words
/// that are no choice, garbage), ends with an exit code and never an unhandled exception. <c>fetch</c> runs against a
/// closed loopback port with its waits on a virtual clock, so it never reaches the network and never sleeps.
/// </summary>
public sealed class OptionValuePropertyTests : IDisposable
{
    private static readonly int[] ExitCodes = [0, 1, 2, PapersApp.CancelledExitCode];

    private static readonly Gen<string> Garbage = Gen.String[Gen.Char["ab-_.:/ 0123456789é*\"'\t\0日"], 0, 12];

    private static readonly Gen<string> Number = Gen.OneOf(
        "0", "1", "2", "5", "100", "101", "-1", "-0", "+3", "1.5", "0.001", "0.01", "0.0001", "86400", "86401", "1e308",
        "2147483647", "2147483648", "99999999999999999999", "NaN", "Infinity", "∞", "1,5", "0x10", "", " ");

    private static readonly Gen<string> Date = Gen.OneOf(
        "2025-11-07", "2024-02-29", "2025-02-30", "2023-02-29", "2025-13-01", "2025-00-10", "2025-11-31", "2025", "2025-11",
        "0001-01-01", "9999-12-31", "0000-01-01", "10000-01-01", "2025-1-7", "07/11/2025", "2025-11-07T10:00", "");

    private static readonly Gen<string> Word = Gen.OneOf("title", "upvotes", "csv", "parquet", "table", "xml", "PEARLS-Lab", "-", "--", "-1x");

    /// <summary>What a user might type where a value is expected, valid for some option or for none.</summary>
    private static readonly Gen<string> Anything = Gen.Frequency((3, Number), (3, Date), (2, Word), (2, Garbage));

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "papers-option-properties", Guid.NewGuid().ToString("N"));
    private readonly Uri _closed = ClosedPort.Endpoint();

    public OptionValuePropertyTests() => Directory.CreateDirectory(Path.Combine(_folder, "empty"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void No_option_value_makes_any_command_throw_or_exit_with_an_unknown_code()
    {
        Commands().Sample(
            args =>
            {
                var (exitCode, error) = Run(args);
                ExitCodes.ShouldContain(exitCode, string.Join(' ', args) + "\n" + error);
                if (exitCode == 1)
                {
                    error.ShouldNotBeEmpty("a usage error says what it is");
                }
            },
            iter: 500,
            threads: 1,
            print: args => string.Join(' ', args.Select(a => "'" + a + "'")));
    }

    private Gen<string[]> Commands()
    {
        var count = Gen.OneOf("0", "1", "3", "2147483647");
        var date = Gen.OneOf("2024", "2024-02", "2024-02-29", "2025-11-07");
        var day = Gen.Int[1, 30].Select(d => $"2025-11-{d:00}");
        var catalogue = new (string, Gen<string>?)[]
        {
            ("--source", Gen.Const(Path.Combine(_folder, "empty"))),
            ("--captured-on", Gen.OneOf("2025-11-07", "2024-02-29")),
            ("--plain", null),
        };
        var query = new (string, Gen<string>?)[]
        {
            ("--in", Gen.OneOf("all", "title", "abstract")), ("--since", date), ("--until", date), ("--min-comments", count),
            ("--org", Gen.OneOf("PEARLS-Lab", "pearls lab")), ("--limit", count), ("-n", count), ("--offset", count),
            ("--sort", Gen.OneOf("relevance", "date", "comments", "upvotes", "title", "id")),
        };
        var text = Gen.Frequency((4, Gen.OneOf("learning", "continual learning", "transform*", "\"neural network\"")), (1, Garbage)).Array[0, 3];
        var stats = Command("stats", Gen.Const(Array.Empty<string>()), catalogue);
        var search = Command("search", text, [.. catalogue, .. query, ("--format", Gen.OneOf("table", "jsonl", "json", "csv"))]);
        var show = Command(
            "show",
            Gen.Frequency(
                (4, Gen.OneOf("2407.21783", "https://arxiv.org/pdf/2407.21783v2", "https://huggingface.co/papers/2407.21783", "attention", "attention is all you need").Select(id => new[] { id })),
                (1, Garbage.Array[0, 2])),
            catalogue);
        var export = Command(
            "export",
            from words in text from format in Valued("--format", Gen.OneOf("jsonl", "json", "csv", "parquet")) select (string[])[.. format, .. words],
            [.. catalogue, .. query,
                ("-o", Gen.OneOf(Path.Combine(_folder, "out"), _folder, Path.Combine(_folder, "no", "such", "folder", "out"), "-"))]);
        var fetch = Command(
            "fetch",
            from first in Valued("--date", Gen.Frequency((8, day), (1, Gen.Const("9999-12-31"))))
            from output in Valued("-o", Gen.OneOf(Path.Combine(_folder, "fetched"), Path.Combine(_folder, "out")))
            select (string[])[.. first, .. output],
        [
            ("--to", day), ("--week", Gen.OneOf("2025-W45", "2026-W53")),
            ("--month", Gen.Const("2025-11")), ("--query", Gen.OneOf("continual learning", "日本語", "a/../b")), ("--paper", Gen.OneOf("2403.12345", "2410.01234")),
            ("--force", null), ("--dry-run", null),
            ("--endpoint", Gen.Const(_closed.AbsoluteUri)), ("--attempts", Gen.OneOf("1", "2", "5")), ("--timeout", Gen.OneOf("0.01", "0.5", "30")),
            ("--rate", Gen.OneOf("0", "2", "1000")), ("--concurrency", Gen.OneOf("1", "4", "2147483647")), ("--page-size", Gen.OneOf("1", "100")),
        ]);
        return Gen.OneOf(stats, search, show, export, fetch);
    }

    /// <summary>An option that is (nearly) always given: mostly a valid value, sometimes anything at all.</summary>
    private static Gen<string[]> Valued(string option, Gen<string> valid) =>
        Gen.Frequency((5, valid), (1, Anything)).Select(value => new[] { option, value });

    /// <summary>
    /// The command, then its positional arguments (and required options) and some of its other options, in either order:
    /// each option left out, given a valid value, given anything at all, or given no value.
    /// </summary>
    private static Gen<string[]> Command(string name, Gen<string[]> positionals, (string Name, Gen<string>? Value)[] options)
    {
        var chosen = Gen.Const(Array.Empty<string>());
        foreach (var (option, value) in options)
        {
            var tokens = value is null
                ? Gen.Frequency((3, Gen.Const(Array.Empty<string>())), (1, Gen.Const(new[] { option })))
                : Gen.Frequency(
                    (12, Gen.Const(Array.Empty<string>())),
                    (4, value.Select(v => new[] { option, v })),
                    (1, Anything.Select(v => new[] { option, v })),
                    (1, Gen.Const(new[] { option })));
            chosen = from before in chosen from more in tokens select (string[])[.. before, .. more];
        }

        return from words in positionals
               from given in chosen
               from wordsFirst in Gen.Bool
               select wordsFirst ? (string[])[name, .. words, .. given] : [name, .. given, .. words];
    }

    private (int ExitCode, string Error) Run(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        // HF_ENDPOINT too is the closed port, so a fetch without --endpoint does not go to the real Hub.
        var environment = new FetchEnvironment(name => name == "HF_ENDPOINT" ? _closed.AbsoluteUri : null, new VirtualClock());
        var catalogue = new TestCatalogue(
        [
            TestCatalogue.Paper("Attention Is All You Need", "Continual learning with transformers and a neural network.", new DateOnly(2024, 2, 29), 3) with
            {
                ArxivId = "2407.21783",
                Organization = new PaperOrganization("PEARLS-Lab", "PEARLS Lab"),
            },
            TestCatalogue.Paper("Another Paper", "Learning to transform.", null, null),
        ]);
        var exitCode = Task.Run(() => PapersApp.RunAsync(args, catalogue, stdout, stderr, plain: true, CancellationToken.None, environment)).GetAwaiter().GetResult();
        return (exitCode, stderr.ToString());
    }
}
