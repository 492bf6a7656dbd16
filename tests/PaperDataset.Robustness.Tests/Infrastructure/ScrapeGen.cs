using System;
using System.Linq;
using CsCheck;

namespace PaperDataset.Robustness.Tests.Infrastructure;

/// <summary>
/// CsCheck generators for scrape content. Titles and abstracts mix words, text that attacks the emitted C#
/// (quotes, backslashes, comment and directive markers, code), and arbitrary UTF-16 (controls, NUL, bidi overrides,
/// lone surrogates), but always start and end with a word, so they are what the format calls a title or abstract:
/// one line, no surrounding white space, not a meta, upvote or Markdown line.
/// </summary>
public static class ScrapeGen
{
    public static readonly string[] Hostile =
    [
        "\"", "\\", "\"\"\"", "{", "}", "{{", "}}", "*/", "/*", "//", "///", "#if DEBUG", "#error x", "#endregion", "\\u0041", "\\U0001F600",
        "\\x41", "\\n", "\"; System.Environment.Exit(1); var s = \"", "$\"{System.Console.ReadLine()}\"", "@\"", "\"\"\"u8", "u8",
        "'", "--", ":", "?", "<summary>", "</summary>", "&amp;", "<para>", "]]>", "<!--", "\u202E", "\u202C", "\u2066", "\u2069", "\u200F",
        "\u200B", "\u2028", "\u2029", "\u0085", "\u00A0", "\0", "\u0001", "\u001B[31m", "\u007F", "\uD800", "\uDC00", "\uDBFF\uDFFF",
        "😀", "注意力", "e\u0301", "עברית", "Poincar\\'e", "Tgeq 0", "ldots", "https://github.com/x/y", "·", "•", "\t", "ǅ", "ﬁ", "Ⅻ",
        "٣", "１２", "} class Evil { static Evil() { System.Environment.Exit(3); } } class X {", "#pragma warning disable", "#line 1 \"x\"",
    ];

    private static readonly string[] Words =
    [
        "Attention", "learning", "graph", "neural", "Sparse", "models", "via", "of", "the", "for", "LLM", "agents", "diffusion", "Towards",
        "robust", "scaling", "ASR", "long-context", "vision", "language", "All", "Count", "Known", "Get", "TryGet", "Storage", "Papers",
        "Equals", "ToString", "class", "static", "void", "new", "AK", "Nov", "paper",
    ];

    public static readonly Gen<string> Word = Gen.OneOf(Gen.OneOf(Words), Gen.String[Gen.Char['a', 'z'], 1, 12]);

    /// <summary>
    /// Any UTF-16 code units except line breaks and square brackets: controls, NUL, surrogates (paired or not), private use,
    /// BOMs. Brackets are left to <see cref="Hostile"/>: random ones soon spell a Markdown link, and a file whose first lines
    /// hold Markdown is rightly rejected whole (PDS013), which is not what these properties are about.
    /// </summary>
    public static readonly Gen<string> Noise = Gen.String[Gen.Char.Where(c => c is not ('\r' or '\n' or '[' or ']')), 1, 8];

    public static readonly Gen<string> Token = Gen.Frequency(
        (6, Word),
        (3, Gen.OneOf(Hostile)),
        (2, Noise));

    /// <summary>A title: a word, up to <paramref name="maxTokens"/> tokens, and a word; at most 300 characters.</summary>
    public static Gen<string> Title(int maxTokens = 8) =>
        Gen.Select(Word, Token.Array[0, maxTokens], Word, (first, middle, last) => Join(first, middle, last)).Where(title => title.Length <= 300);

    /// <summary>An abstract: usually a few hundred characters, sometimes a very long line.</summary>
    public static readonly Gen<string> Abstract = Gen.Frequency(
        (8, Gen.Select(Word, Token.Array[0, 60], Word, Join)),
        (1, Gen.Select(Word, Token.Array[1, 4], Gen.Int[20, 400], Word, (first, middle, times, last) =>
            first + " " + string.Concat(Enumerable.Repeat(string.Join(" ", middle) + " ", times)) + last)));

    /// <summary>A Hub handle (letters, digits, '-', '_', '.'): anything else is no organisation and is reported. Names carry the hostile text.</summary>
    public static readonly Gen<string> Handle = Gen.Select(
        Gen.Char['A', 'Z'], Gen.String[Gen.Char["abcXYZ019-_."], 0, 12], (first, rest) => first + rest);

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>A meta block in one of the renderings FORMAT.md lists, with what it must parse to.</summary>
    public static readonly Gen<MetaSpec> Meta =
        from kind in Gen.Int[0, 9]
        from count in Gen.Int[1, 2000]
        from bullet in Gen.OneOf("  • ", "• ", "* ", "- ", "•")
        from handle in Handle
        from name in Title(4)
        from month in Gen.Int[1, 12]
        from day in Gen.Int[1, 31]
        from year in Gen.Frequency((3, Gen.Const(0)), (7, Gen.Int[1990, 2025]))
        from comments in Gen.Frequency((6, Gen.Const(0)), (4, Gen.Int[1, 99999]))
        from form in Gen.Int[0, 2]
        select MetaSpec.Create(kind, count, bullet, handle, name, Months[month - 1], Math.Min(day, DateTime.DaysInMonth(year == 0 ? 2024 : year, month)), year, comments, form);

    public static string Join(string first, string[] middle, string last) =>
        middle.Length == 0 ? first + " " + last : first + " " + string.Join(" ", middle) + " " + last;
}

/// <summary>A generated meta block: its lines, and the values the parser must read from it.</summary>
public sealed record MetaSpec(string[] Lines, int? AuthorCount, string? OrganizationHandle, string? OrganizationName, int Month, int Day, int Year, int CommentCount)
{
    public static MetaSpec Create(int kind, int count, string bullet, string handle, string name, string month, int day, int year, int comments, int form)
    {
        var monthNumber = Array.IndexOf(new[] { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" }, month) + 1;
        var date = month + " " + day + (year == 0 ? string.Empty : ", " + year) + (comments == 0 ? string.Empty : " " + comments);
        if (form == 2 && kind < 8)
        {
            return new MetaSpec(["Published on " + date], null, null, null, monthNumber, day, year, comments);
        }

        var first = kind < 8 ? bullet + count + (count == 1 && kind % 2 == 0 ? " author" : " authors") : handle + " " + name;
        string[] lines = form == 1 ? [first, "· " + date] : [first, "·", date];
        return kind < 8
            ? new MetaSpec(lines, count, null, null, monthNumber, day, year, comments)
            : new MetaSpec(lines, null, handle, name, monthNumber, day, year, comments);
    }

    /// <summary>The date the parser must resolve, given the capture date: a year-less date is the latest on or before it.</summary>
    public DateOnly? PublishedOn(DateOnly capturedOn)
    {
        if (Year != 0)
        {
            return new DateOnly(Year, Month, Day);
        }

        for (var year = capturedOn.Year; year > capturedOn.Year - 9; year--)
        {
            if (Day <= DateTime.DaysInMonth(year, Month) && new DateOnly(year, Month, Day) <= capturedOn)
            {
                return new DateOnly(year, Month, Day);
            }
        }

        return null;
    }
}
