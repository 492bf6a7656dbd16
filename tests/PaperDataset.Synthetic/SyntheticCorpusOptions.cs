using System;

namespace PaperDataset.Synthetic;

/// <summary>
/// What <see cref="SyntheticScrapeWriter.Create(SyntheticCorpusOptions)"/> generates. The same options value always
/// yields byte-identical files; change <see cref="Seed"/> for a different corpus of the same shape.
/// </summary>
/// <param name="PaperCount">How many distinct papers the corpus holds (0 or more).</param>
/// <param name="FileCount">How many scrape files the papers are spread over (1 or more).</param>
/// <param name="Seed">The seed of the generator's own pseudo-random sequence.</param>
public sealed record SyntheticCorpusOptions(int PaperCount = 1000, int FileCount = 5, long Seed = 1)
{
    /// <summary>Fraction of papers that also appear in a second, different file (needs two files or more). Default 0.15.</summary>
    public double DuplicateFraction { get; init; } = 0.15;

    /// <summary>Fraction of papers whose meta block shows an organisation line instead of an author count. Default 0.03.</summary>
    public double OrganizationFraction { get; init; } = 0.03;

    /// <summary>Fraction of papers whose date is shown without a year (<c>Nov 2</c>). Default 0.20.</summary>
    public double YearlessDateFraction { get; init; } = 0.20;

    /// <summary>Fraction of papers whose date line ends with a comment count. Default 0.10.</summary>
    public double CommentCountFraction { get; init; } = 0.10;

    /// <summary>Fraction of entries (one paper in one file) printed without a meta block. Default 0.05.</summary>
    public double EntryWithoutMetaFraction { get; init; } = 0.05;

    /// <summary>Fraction of files in which no entry has a meta block (rounded to a whole number of files). Default 0.</summary>
    public double FileWithoutMetaFraction { get; init; }

    /// <summary>Fraction of files whose header lacks the <c>Daily Papers</c> line, as in some real captures. Default 0.</summary>
    public double FileWithoutDailyPapersLineFraction { get; init; }

    /// <summary>The year every file is captured in; explicit-year dates run from 2015 up to the capture date. Default 2025.</summary>
    public int CaptureYear { get; init; } = 2025;

    /// <summary>
    /// Whether each file ends with a line feed. Default false: the bundled files end right after their last
    /// line (the last date line, or the last abstract when the entry has no meta block).
    /// </summary>
    public bool EndWithNewline { get; init; }

    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, a fraction is outside [0, 1] or the year is unusable.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(PaperCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(FileCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(CaptureYear, 2016);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(CaptureYear, 9998);
        CheckFraction(DuplicateFraction, nameof(DuplicateFraction));
        CheckFraction(OrganizationFraction, nameof(OrganizationFraction));
        CheckFraction(YearlessDateFraction, nameof(YearlessDateFraction));
        CheckFraction(CommentCountFraction, nameof(CommentCountFraction));
        CheckFraction(EntryWithoutMetaFraction, nameof(EntryWithoutMetaFraction));
        CheckFraction(FileWithoutMetaFraction, nameof(FileWithoutMetaFraction));
        CheckFraction(FileWithoutDailyPapersLineFraction, nameof(FileWithoutDailyPapersLineFraction));
    }

    private static void CheckFraction(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "A fraction must be between 0 and 1.");
        }
    }
}
