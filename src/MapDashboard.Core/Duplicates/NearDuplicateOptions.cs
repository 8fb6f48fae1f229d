namespace MapDashboard.Core.Duplicates;

/// <summary>Thresholds of <see cref="NearDuplicateDetector"/> (measured in tests/MapDashboard.Core.Tests/Duplicates).</summary>
public sealed record NearDuplicateOptions
{
    /// <summary>
    /// Share of the new text's shingles found in the stored one from which the new text repeats it (a copy, an edited copy,
    /// a trimmed copy or an excerpt). Chosen on the tuning pairs between the most alike independent pair (0.29) and the
    /// least alike copy (a copy editor's pass, 0.57).
    /// </summary>
    public double Containment { get; init; } = 0.45;

    /// <summary>A repeating text at least this share of the stored one's size is a copy; a shorter one an excerpt.</summary>
    public double CopySizeRatio { get; init; } = 0.8;

    /// <summary>Fewest shingles a new text needs to be judged a repetition: a sentence or two quoted alone is not a republication.</summary>
    public int MinExcerptShingles { get; init; } = 25;

    /// <summary>The thresholds the tests measured.</summary>
    public static NearDuplicateOptions Default { get; } = new();
}
