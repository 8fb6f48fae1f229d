namespace MapDashboard.Core.Duplicates;

/// <summary>
/// Recognises a text that is a copy, republication, trimmed copy or excerpt of another from their word shingles.
/// A store finds the candidates with <see cref="MinHashSignature.BandKeys"/> and confirms each here on the exact sets.
/// </summary>
public sealed class NearDuplicateDetector(NearDuplicateOptions? options = null)
{
    private readonly NearDuplicateOptions _options = options ?? NearDuplicateOptions.Default;

    /// <summary>Compares a new cleaned text with a stored one.</summary>
    public DuplicateVerdict Compare(string newText, string storedText) =>
        Compare(TextShingles.Of(newText), TextShingles.Of(storedText));

    /// <summary>Compares the shingle sets of a new text and a stored one.</summary>
    public DuplicateVerdict Compare(IReadOnlySet<ulong> newShingles, IReadOnlySet<ulong> storedShingles)
    {
        if (newShingles.Count == 0 || storedShingles.Count == 0)
        {
            return new DuplicateVerdict(DuplicateKind.Independent, 0, 0);
        }
        var shared = newShingles.Count(storedShingles.Contains);
        var jaccard = (double)shared / (newShingles.Count + storedShingles.Count - shared);
        var containment = (double)shared / newShingles.Count;
        var kind = containment < _options.Containment || newShingles.Count < _options.MinExcerptShingles ? DuplicateKind.Independent
            : newShingles.Count >= _options.CopySizeRatio * storedShingles.Count ? DuplicateKind.Copy
            : DuplicateKind.Excerpt;
        return new DuplicateVerdict(kind, jaccard, containment);
    }

    /// <summary>The best of several stored texts (by containment), or null when the new text is independent of all.</summary>
    public (int Index, DuplicateVerdict Verdict)? FindOriginal(string newText, IReadOnlyList<string> storedTexts) =>
        FindOriginal(TextShingles.Of(newText), storedTexts.Select(TextShingles.Of).ToList());

    /// <summary>
    /// <see cref="FindOriginal(string, IReadOnlyList{string})"/> over shingle sets already made (a store keeps the sets
    /// of the articles it compared or wrote lately instead of shingling their texts again).
    /// </summary>
    public (int Index, DuplicateVerdict Verdict)? FindOriginal(IReadOnlySet<ulong> shingles, IReadOnlyList<IReadOnlySet<ulong>> storedShingles)
    {
        (int Index, DuplicateVerdict Verdict)? best = null;
        for (var i = 0; i < storedShingles.Count; i++)
        {
            var verdict = Compare(shingles, storedShingles[i]);
            if (verdict.IsAppearance && (best is null || verdict.Containment > best.Value.Verdict.Containment))
            {
                best = (i, verdict);
            }
        }
        return best;
    }
}
