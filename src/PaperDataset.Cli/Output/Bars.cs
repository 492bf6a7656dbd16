using System;

namespace PaperDataset.Cli.Output;

/// <summary>How long a bar chart's bars are.</summary>
internal static class Bars
{
    /// <summary>
    /// A bar proportional to <paramref name="value"/>, with <paramref name="max"/> filling <paramref name="width"/>;
    /// any value above 0 gets at least one block, so a year with one or two papers never looks like a year with none.
    /// </summary>
    public static int Length(int value, int max, int width) =>
        value <= 0 || max <= 0 ? 0 : Math.Clamp((int)Math.Round((double)value * width / max, MidpointRounding.AwayFromZero), 1, width);
}
