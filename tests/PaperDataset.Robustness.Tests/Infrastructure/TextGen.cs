using System.Linq;
using CsCheck;
using PaperDataset.Testing;

namespace PaperDataset.Robustness.Tests.Infrastructure;

/// <summary>Arbitrary file contents: random UTF-16, line soups of format fragments, cut documents, empty and blank files.</summary>
public static class TextGen
{
    private static readonly Gen<string> Fragment = Gen.Frequency(
        (4, ScrapeGen.Token),
        (2, Gen.OneOf(ScrapeBuilder.Header)),
        (2, Gen.OneOf("Nov 7", "Feb 29", "Oct 35, 2022", "Sep 2 4", "Published on Sep 12, 2023", "· Dec 28, 2024", "·", "  • 3 authors",
            "* 0 authors", "- 999999999 authors", "• 1234567890 authors", "[-] 19", "[-] -", "  • ٣ authors", "Nov ٧", "Oct 3, ٢٠٢٢",
            "PEARLS-Lab PEARLS Lab", "Lonely", "---", "title: x", "```text", "# Daily Papers", "### [T](https://x)", "[Subscribe][29]")),
        (1, Gen.Char.Array[1, 200].Select(chars => new string(chars))),
        (1, Gen.Int[401, 20000].Select(length => new string('a', length))));

    private static readonly Gen<string> Newline = Gen.OneOf("\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n\n\n", "\u2028", "\u0085");

    public static readonly Gen<string> Soup =
        from parts in Gen.Select(Fragment, Newline).Array[0, 80]
        from bom in Gen.Frequency((4, Gen.Const(string.Empty)), (1, Gen.Const("\uFEFF")))
        select bom + string.Concat(parts.Select(part => part.Item1 + part.Item2));

    public static readonly Gen<string> Any = Gen.Frequency(
        (5, Soup),
        (2, Gen.String[Gen.Char, 0, 3000]),
        (2, ScrapeDocument.Gen(8).SelectMany(document => Gen.Int[0, document.Text.Length].Select(cut => document.Text.Substring(0, cut)))),
        (1, SoupDocument.Documents.Select(document => document.Text)),
        (1, Gen.OneOf(string.Empty, " ", "\n", "\r\n\r\n", "\t\u00A0\u2028", "\uFEFF", "\0", "\uD800", "\uFEFF\uFEFF")));

    public static readonly Gen<string?> CaptureDate = Gen.Frequency(
        (6, Gen.Const((string?)ScrapeDocument.CapturedOnText)),
        (1, Gen.Const((string?)null)),
        (1, Gen.OneOf<string?>("", " ", "2025-02-29", "2024-02-29", "0001-01-01", "9999-12-31", "yesterday", "2025-11-07\0", "٢٠٢٥-١١-٠٧")));
}
