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
        return Compare(newShingles.Count, new ShingleOverlap(storedShingles.Count, newShingles.Count(storedShingles.Contains)));
    }

    /// <summary>
    /// The verdict on a new text of <paramref name="newCount"/> distinct shingles and a stored one, from their overlap
    /// alone (a store can count the shared shingles without building the stored text's set).
    /// </summary>
    public DuplicateVerdict Compare(int newCount, ShingleOverlap overlap)
    {
        if (newCount == 0 || overlap.StoredCount == 0)
        {
            return new DuplicateVerdict(DuplicateKind.Independent, 0, 0);
        }
        var shared = overlap.Shared;
        var jaccard = (double)shared / (newCount + overlap.StoredCount - shared);
        var containment = (double)shared / newCount;
        var kind = containment < _options.Containment || newCount < _options.MinExcerptShingles ? DuplicateKind.Independent
            : newCount >= _options.CopySizeRatio * overlap.StoredCount ? DuplicateKind.Copy
            : DuplicateKind.Excerpt;
        return new DuplicateVerdict(kind, jaccard, containment);
    }

    /// <summary>
    /// The fewest shingles a stored text must share with a new text of <paramref name="newCount"/> distinct shingles to be
    /// what it repeats (<see cref="Compare(int, ShingleOverlap)"/>'s containment rule, to the same rounding); more than
    /// <paramref name="newCount"/> when no stored text can be (a text too short to be an excerpt). A store may stop
    /// counting a candidate's shared shingles once this is out of reach: the verdict is then independent either way.
    /// </summary>
    public int MinShared(int newCount)
    {
        if (newCount == 0 || newCount < _options.MinExcerptShingles)
        {
            return newCount + 1;
        }
        var shared = Math.Max(0, (int)Math.Ceiling(_options.Containment * newCount) - 1);
        while ((double)shared / newCount < _options.Containment)
        {
            shared++;
        }
        return shared;
    }

    /// <summary>The best of several stored texts (by containment), or null when the new text is independent of all.</summary>
    public (int Index, DuplicateVerdict Verdict)? FindOriginal(string newText, IReadOnlyList<string> storedTexts) =>
        FindOriginal(TextShingles.Of(newText), storedTexts.Select(TextShingles.Of).ToList());

    /// <summary>
    /// <see cref="FindOriginal(string, IReadOnlyList{string})"/> over shingle sets already made (a store keeps the sets
    /// of the articles it compared or wrote lately instead of shingling their texts again).
    /// </summary>
    public (int Index, DuplicateVerdict Verdict)? FindOriginal(IReadOnlySet<ulong> shingles, IReadOnlyList<IReadOnlySet<ulong>> storedShingles) =>
        FindOriginal(shingles.Count, storedShingles.Select(stored => new ShingleOverlap(stored.Count, shingles.Count(stored.Contains))).ToList());

    /// <summary>
    /// <see cref="FindOriginal(string, IReadOnlyList{string})"/> from the overlaps of a new text of <paramref name="newCount"/>
    /// distinct shingles with each stored text (the same verdicts as over the sets themselves).
    /// </summary>
    public (int Index, DuplicateVerdict Verdict)? FindOriginal(int newCount, IReadOnlyList<ShingleOverlap> overlaps)
    {
        (int Index, DuplicateVerdict Verdict)? best = null;
        for (var i = 0; i < overlaps.Count; i++)
        {
            var verdict = Compare(newCount, overlaps[i]);
            if (verdict.IsAppearance && (best is null || verdict.Containment > best.Value.Verdict.Containment))
            {
                best = (i, verdict);
            }
        }
        return best;
    }
}
