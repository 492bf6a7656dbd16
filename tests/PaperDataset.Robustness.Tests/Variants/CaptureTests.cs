using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using PaperDataset.Robustness.Tests.Infrastructure;
using PaperDataset.Testing;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Variants;

/// <summary>
/// The three real captures from other tools (shared/captures, copied byte for byte into Samples/captures). None is a
/// browser's plain-text copy: each must be one clear PDS013, never papers made of menus, links or footers.
/// </summary>
public class CaptureTests
{
    private static readonly string[][] Rows =
    [
        ["q-long-context-asr_2026-06-29_textbrowser.txt", "2026-06-29", "line 1 is a Markdown heading (\"# Web source\")", "8b2c2deb49c979e3ad4f0e4b0987b60fdcf1e68391feda798cc9ab35f74c310f"],
        ["q-source-citations_2026-10-02_firecrawl-markdown_PREFIX.txt", "2026-10-02", "line 1 starts YAML front matter, as Markdown exports do", "af6b1ad3cabf69f86710c13f561ef1828398e88e083567c5b76ff433dfd194c1"],
        ["trending_via-paperswithcode_markdown.txt", "2026-01-15", "line 1 is a Markdown heading (\"# What is Papers with Code?\")", "e59d77570d8db49b402cd0d42dca155f8ffdfaa9a8c1accdbf825fd3ba1ba718"],
    ];

    public static TheoryData<string, string, string, string> Captures
    {
        get
        {
            var data = new TheoryData<string, string, string, string>();
            foreach (var row in Rows)
            {
                data.Add(row[0], row[1], row[2], row[3]);
            }

            return data;
        }
    }

    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", "captures", name);

    [Theory]
    [MemberData(nameof(Captures))]
    public void A_real_capture_is_kept_byte_exact(string name, string capturedOn, string reason, string sha256)
    {
        _ = (capturedOn, reason);
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(PathOf(name)))).ShouldBe(sha256);
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void A_real_capture_is_one_PDS013_at_its_evidence_and_no_papers(string name, string capturedOn, string reason, string sha256)
    {
        _ = sha256;
        var parsed = Pipeline.Parse(File.ReadAllText(PathOf(name)), "/captures/" + name, capturedOn);

        parsed.Entries.ShouldBeEmpty();
        var diagnostic = parsed.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("PDS013");
        diagnostic.Position.LineNumber.ShouldBe(1);
        diagnostic.MessageArgs.ShouldBe([name, reason]);
    }

    [Fact]
    [Trait("Category", "Compile")]
    public void Fed_to_the_generator_with_a_good_file_the_captures_add_no_paper_and_break_nothing()
    {
        var scrapes = Rows.Select(row => new Scrape("/captures/" + row[0], File.ReadAllText(PathOf(row[0])), row[1]))
            .Append(new Scrape("/s/good.txt", VariantSampleTests.Sample("bullets.txt"), ScrapeDocument.CapturedOnText))
            .ToArray();

        var run = GeneratorHarness.Run(scrapes);

        run.Diagnostics.Select(diagnostic => diagnostic.Id).ShouldBe(["PDS013", "PDS013", "PDS013"], ignoreOrder: true);
        run.CompilationProblems.ShouldBeEmpty();
        run.LoadPapers().Count.ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Even_with_its_tool_preamble_removed_a_capture_is_not_read_as_papers(string name, string capturedOn, string reason, string sha256)
    {
        _ = (reason, sha256);
        // Cut everything above the page's own "new" line: what is left is still Markdown or a text-browser dump.
        var text = File.ReadAllText(PathOf(name));
        var start = text.IndexOf("\nnew\n", StringComparison.Ordinal);
        var body = start < 0 ? text.Substring(text.IndexOf("Get trending", StringComparison.Ordinal)) : text.Substring(start + 1);

        var parsed = Pipeline.Parse(body, "/captures/" + name, capturedOn);

        parsed.Entries.ShouldBeEmpty();
        parsed.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("PDS013");
    }
}
