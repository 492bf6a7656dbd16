using System.Globalization;
using System.Text;
using Spectre.Console;

namespace PaperDataset.Cli.Output;

/// <summary>Fitting text into terminal cells (a CJK character takes two).</summary>
internal static class TextWidth
{
    private const string Ellipsis = "…";

    /// <summary>The text, cut with "…" when it is wider than <paramref name="width"/> cells; never cuts a character apart.</summary>
    public static string Truncate(string text, int width)
    {
        if (text.GetCellWidth() <= width)
        {
            return text;
        }

        var cut = new StringBuilder();
        var used = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var elementWidth = element.GetCellWidth();
            if (used + elementWidth > width - 1)
            {
                break;
            }

            cut.Append(element);
            used += elementWidth;
        }

        return cut.ToString().TrimEnd() + Ellipsis;
    }
}
