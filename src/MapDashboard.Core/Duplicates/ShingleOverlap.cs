namespace MapDashboard.Core.Duplicates;

/// <summary>
/// How a stored text's shingles overlap a new text's: how many distinct shingles the stored text has, and how many of
/// them the new text has too. All <see cref="NearDuplicateDetector"/> needs of the stored text.
/// </summary>
public readonly record struct ShingleOverlap(int StoredCount, int Shared);
