using System;
using System.Globalization;
using System.Text;

namespace PaperDataset.Synthetic;

/// <summary>
/// The two identities a title must keep unique: its slug (lower-case ASCII letter and digit runs joined by '-',
/// accents dropped, cut at 160 characters) and its key (NFKC, whitespace collapsed, upper-cased invariantly).
/// Mirrors the generator's rules so the generated titles never collide there.
/// </summary>
internal static class TitleRules
{
    private const int MaxSlugLength = 160;

    public static string Slug(string title)
    {
        var builder = new StringBuilder(Math.Min(title.Length, MaxSlugLength));
        var pendingHyphen = false;
        foreach (var c in Normalize(title, NormalizationForm.FormKD))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or >= 'A' and <= 'Z')
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
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        if (slug.Length > MaxSlugLength)
        {
            var cut = slug.LastIndexOf('-', MaxSlugLength);
            slug = slug[..(cut > 0 ? cut : MaxSlugLength)];
        }

        return slug;
    }

    public static string Key(string title)
    {
        var text = Normalize(title, NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    private static string Normalize(string text, NormalizationForm form)
    {
        if (Ascii.IsValid(text))
        {
            return text; // ASCII is already in every normalisation form
        }

        try
        {
            return text.IsNormalized(form) ? text : text.Normalize(form);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
