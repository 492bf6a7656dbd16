using System;
using System.Globalization;
using System.Text;

namespace PaperDataset.Generator.Merging;

/// <summary>Derives a paper's id slug and its C# handle name from its title.</summary>
internal static class PaperNames
{
    // Long enough for every real title; short enough that ids and identifiers stay usable (metadata names are capped at 1024 bytes).
    private const int MaxSlugLength = 160;
    private const int MaxHandleLength = 96;

    /// <summary>Lower-case ASCII letters and digits, runs joined by '-'; accents are dropped (é → e), everything else separates.</summary>
    public static string Slug(string title)
    {
        var builder = new StringBuilder(Math.Min(title.Length, MaxSlugLength));
        var pendingHyphen = false;
        foreach (var c in Decompose(title))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' || c is >= 'A' and <= 'Z')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c != '\'' && c != '\u2019')
            {
                // Apostrophes join ("what's" → "whats"); combining marks left by decomposition vanish.
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        if (slug.Length > MaxSlugLength)
        {
            var cut = slug.LastIndexOf('-', MaxSlugLength);
            slug = slug.Substring(0, cut > 0 ? cut : MaxSlugLength);
        }

        return slug.Length == 0 ? "paper-" + Hash(title) : slug;
    }

    /// <summary>PascalCase of the slug's words, a valid C# identifier that never starts with a digit.</summary>
    public static string Handle(string slug)
    {
        var builder = new StringBuilder(slug.Length);
        foreach (var word in slug.Split(['-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length + word.Length > MaxHandleLength && builder.Length > 0)
            {
                break;
            }

            builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, "Paper");
        }

        return builder.ToString();
    }

    /// <summary>Eight hex digits of the title key's FNV-1a hash: a suffix that depends only on the paper itself.</summary>
    public static string Hash(string title) =>
        unchecked((uint)PaperTitleComparer.Instance.GetHashCode(title)).ToString("x8", CultureInfo.InvariantCulture);

    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            return text; // ill-formed UTF-16 cannot be normalised; its ASCII letters still make a slug
        }
    }
}
