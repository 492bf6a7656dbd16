using System;
using System.Text.RegularExpressions;

namespace PaperDataset.Cli.Catalogue;

/// <summary>
/// The arXiv id in what a user copies to name a paper: the id itself (<c>2407.21783</c>, <c>arXiv:2407.21783v2</c>),
/// its Hub page (<c>https://huggingface.co/papers/2407.21783</c>) or its arXiv page (<c>https://arxiv.org/abs/2407.21783v2</c>,
/// <c>/pdf/…</c>, <c>/html/…</c>), with or without the scheme. Versions are dropped: the catalogue has one record per paper, not per version.
/// </summary>
internal static partial class ArxivReference
{
    public static bool TryParse(string text, out string arxivId)
    {
        arxivId = string.Empty;
        var trimmed = text.Trim();
        var match = BareId().Match(trimmed);
        // A page's address is often copied without its scheme (huggingface.co/papers/2407.21783).
        var address = trimmed.Contains("://", StringComparison.Ordinal) ? trimmed : "https://" + trimmed;
        if (!match.Success && Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            match = PagePath().Match(uri.Host.ToLowerInvariant() + uri.AbsolutePath);
        }

        if (!match.Success)
        {
            return false;
        }

        arxivId = match.Groups["id"].Value;
        return true;
    }

    // The current scheme (since 2007), the only one Daily Papers uses: yymm.nnnnn, four digits after the dot before 2015.
    [GeneratedRegex(@"^(?:arxiv:)?(?<id>[0-9]{4}\.[0-9]{4,5})(?:v[0-9]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BareId();

    [GeneratedRegex(
        @"^(?:(?:www\.)?huggingface\.co|hf\.co)/papers/(?<id>[0-9]{4}\.[0-9]{4,5})(?:v[0-9]+)?/?$|^(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/(?<id>[0-9]{4}\.[0-9]{4,5})(?:v[0-9]+)?(?:\.pdf)?/?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex PagePath();
}
