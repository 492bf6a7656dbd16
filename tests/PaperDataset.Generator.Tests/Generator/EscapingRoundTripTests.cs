using System.Linq;
using PaperDataset.Testing;
using Shouldly;
using Xunit;
using static PaperDataset.Testing.ScrapeBuilder;

namespace PaperDataset.Generator.Tests.Generator;

/// <summary>Hostile text must compile and come back exactly: the generated code is untrusted-input code.</summary>
public class EscapingRoundTripTests
{
    public static TheoryData<string> HostileText =>
    [
        "Quotes \" and \"\"\" triple and \\ backslash \\u0041 not an escape",
        "*/ closes a comment; // starts one; /* opens one",
        "#if DEBUG\u2028#error injected\u2029 line separators",
        "\"; System.Environment.Exit(1); var s = \"",
        "{0} {{ }} $\"{interpolation}\" @\"verbatim\"",
        "Bidi \u202Eevil\u202C \u2066isolate\u2069 \u200Fmark zero\u200Bwidth",
        "Control \u0001\u0007\u001B[31m\u007F\u0085 NUL\0end",
        "Lone high \uD800 and lone low \uDC00 surrogates",
        "Emoji 😀 CJK 注意力 combining e\u0301 RTL עברית",
        "</summary><script>alert(1)</script> &amp; <para>",
    ];

    [Theory]
    [MemberData(nameof(HostileText))]
    public void Title_and_abstract_round_trip_exactly_and_compile_without_warnings(string text)
    {
        var title = "T " + text + " T";
        var summary = "A " + text + " A";
        var run = GeneratorHarness.Run([new Scrape("/s/hostile.txt", Page("Nov 7", title, summary, Authors(1, "Oct 3, 2022")), "2025-11-07")]);

        run.Diagnostics.ShouldBeEmpty();
        run.CompilationProblems.ShouldBeEmpty();
        var paper = run.LoadPapers().ShouldHaveSingleItem();
        paper.Title.ShouldBe(title);
        paper.Abstract.ShouldBe(summary);
    }

    [Fact]
    public void Organisation_names_round_trip_too()
    {
        // A handle is a Hub name (letters, digits, '-', '_', '.'), so the hostile text rides in the display name.
        var run = GeneratorHarness.Run([new Scrape("/s/org.txt", Page("Nov 7", "T", "A", Meta("h.x_1 \"\\N\u202E\"\"\" */", "Oct 3, 2022")), "2025-11-07")]);

        run.CompilationProblems.ShouldBeEmpty();
        run.LoadPapers().Single().Organization.ShouldBe("h.x_1|\"\\N\u202E\"\"\" */");
    }
}
