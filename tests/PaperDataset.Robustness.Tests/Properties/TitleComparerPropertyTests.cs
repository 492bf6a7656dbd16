using System;
using System.Text;
using CsCheck;
using PaperDataset.Robustness.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace PaperDataset.Robustness.Tests.Properties;

/// <summary>
/// <see cref="PaperTitleComparer"/>'s fast paths (ASCII needs no normalisation and no case table; a title may be a range of
/// a longer string, as the key analyzer holds them) give exactly what its definition gives, for any text: NFKC (a text
/// that cannot be normalised is taken as it stands), white space trimmed and each run collapsed to one space, every UTF-16
/// unit upper-cased invariantly, and the hash FNV-1a over the resulting units. The reference below is that definition, as
/// the comparer implemented it before the fast paths.
/// </summary>
public sealed class TitleComparerPropertyTests
{
    private static readonly Gen<char> TitleChar = Gen.Frequency(
        (8, Gen.Char['a', 'z']),
        (4, Gen.Char['A', 'Z']),
        (3, Gen.Char[' ', '~']),
        (3, Gen.OneOf(' ', '\t', '\n', '\r', '\v', '\f', '\u001C', '\u001F', '\u0085', '\u00A0', '\u2003', '\u2028', '\u3000')),
        (3, Gen.OneOf('é', 'É', 'ß', 'ı', 'İ', 'ſ', 'ﬁ', 'Ａ', 'ａ', '\u0301', 'µ', 'Ω', '\u212B', '①', '\u0000', '\u007F', '\u0080', '\uD800', '\uDFFF')),
        (2, Gen.OneOf('²', '½', 'ª', '´', '¨', '\u00AD', 'ÿ', 'Ä')),
        (1, Gen.Char));

    private static readonly Gen<string> Title = TitleChar.Array[0, 30].Select(chars => new string(chars));

    // A second title that often names the same paper: cased or spaced differently, decomposed, or just as it is.
    private static readonly Gen<(string Title, string Other)> Pair =
        from title in Title
        from variant in Gen.Int[0, 5]
        from other in Title
        select (title, Variant(title, variant, other));

    [Fact]
    public void Key_and_hash_are_the_definitions_for_any_text()
    {
        Property.Check("title-comparer/key-and-hash", Title, 3000, title =>
        {
            var key = ReferenceKey(title);
            PaperTitleComparer.Key(title).ShouldBe(key);
            PaperTitleComparer.Instance.GetHashCode(title).ShouldBe(Fnv(key));
        }, Show);
    }

    [Fact]
    public void A_key_written_into_a_reused_buffer_is_the_definition_and_hashes_as_the_title()
    {
        // One buffer for every title, as the key analyzer keeps one per thread: it starts too short for most and keeps
        // what longer titles left in it.
        var buffer = new char[4];
        Property.Check("title-comparer/written-key", Title, 3000, title =>
        {
            var key = ReferenceKey(title);
            var length = PaperTitleComparer.WriteKey(title, ref buffer);
            new string(buffer, 0, length).ShouldBe(key);
            PaperTitleComparer.Hash(buffer, length).ShouldBe(Fnv(key));
        }, Show);
    }

    [Fact]
    public void Titles_are_equal_exactly_when_their_defined_keys_are()
    {
        Property.Check("title-comparer/equals", Pair, 3000, pair =>
        {
            var equal = ReferenceKey(pair.Title) == ReferenceKey(pair.Other);
            PaperTitleComparer.Instance.Equals(pair.Title, pair.Other).ShouldBe(equal);
            PaperTitleComparer.Instance.Equals(pair.Other, pair.Title).ShouldBe(equal);
        }, pair => Show(pair.Title) + " | " + Show(pair.Other));
    }

    [Fact]
    public void A_normalised_title_inside_a_longer_string_has_its_key_and_compares_as_the_title_alone()
    {
        var gen = Gen.Select(Pair, Title, Title);
        Property.Check("title-comparer/ranges", gen, 2000, input =>
        {
            var ((title, other), before, after) = input;
            var (left, right) = (PaperTitleComparer.Normalize(title), PaperTitleComparer.Normalize(other));
            var text = before + left + after + right;
            var rightStart = before.Length + left.Length + after.Length;

            PaperTitleComparer.Key(text, before.Length, left.Length).ShouldBe(PaperTitleComparer.Key(title));
            PaperTitleComparer.SameKey(text, before.Length, left.Length, text, rightStart, right.Length)
                .ShouldBe(PaperTitleComparer.Instance.Equals(title, other));
        }, input => Show(input.Item1.Title) + " | " + Show(input.Item1.Other) + " in " + Show(input.Item2) + ", " + Show(input.Item3));
    }

    private static string Variant(string title, int variant, string other) => variant switch
    {
        0 => other,
        1 => title.ToLowerInvariant(),
        2 => "\u00A0 " + title.ToUpperInvariant().Replace(" ", "\t \n", StringComparison.Ordinal) + "  ",
        3 => Decomposed(title),
        4 => title + other,
        _ => title,
    };

    private static string Decomposed(string title)
    {
        try
        {
            return title.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            return title;
        }
    }

    private static string ReferenceKey(string title)
    {
        string normalized;
        try
        {
            normalized = title.IsNormalized(NormalizationForm.FormKC) ? title : title.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            normalized = title;
        }

        var key = new StringBuilder();
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = key.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                key.Append(' ');
                pendingSpace = false;
            }

            key.Append(char.ToUpperInvariant(c));
        }

        return key.ToString();
    }

    private static int Fnv(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return unchecked((int)hash);
    }

    private static string Show(string text)
    {
        var shown = new StringBuilder("\"");
        foreach (var c in text)
        {
            shown.Append(c is >= ' ' and <= '~' ? c.ToString() : "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return shown.Append('"').ToString();
    }
}
