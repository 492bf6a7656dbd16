using System.Text.RegularExpressions;

namespace PaperDataset.Sources.Reading;

/// <summary>What a Hugging Face Hub user or organisation name can be, in every rendering: the check that keeps a stray word from passing as one.</summary>
internal static class HubNames
{
    // Letters, digits, '-', '_', '.', starting with a letter or digit.
    private static readonly Regex Name = new(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$", RegexOptions.CultureInvariant);

    public static bool IsHandle(string text) => Name.IsMatch(text);
}
