namespace MapDashboard.Core.Duplicates;

/// <summary>
/// The comparison of a new text with a stored one: the Jaccard similarity of their shingle sets, the share of the new
/// text's shingles found in the stored one (containment), and the kind those make it.
/// </summary>
public sealed record DuplicateVerdict(DuplicateKind Kind, double Jaccard, double Containment)
{
    /// <summary>Whether the new text is another appearance of the stored report rather than an independent report.</summary>
    public bool IsAppearance => Kind != DuplicateKind.Independent;
}
