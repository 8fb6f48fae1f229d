namespace MapDashboard.Data.Store;

/// <summary>
/// A stored article the near-duplicate check compares a new one with: its stored shingles, or, for an article stored
/// before they were (migration 0034), its cleaned text.
/// </summary>
internal sealed class AppearanceCandidate
{
    /// <summary>The stored article's id.</summary>
    public long Id { get; set; }

    /// <summary>How many of the new text's rare band keys it shares (what the candidates are ranked by).</summary>
    public long Shared { get; set; }

    /// <summary>Its stored shingles (<see cref="TextFingerprint.ShinglesBlob"/>), or null.</summary>
    public byte[]? Shingles { get; set; }

    /// <summary>Its cleaned text when it has no stored shingles, else null (not read).</summary>
    public string? CleanedText { get; set; }

    /// <summary>Its shingle set: from the stored blob, or made from the text (kept in <see cref="ShingleCache"/>).</summary>
    public IReadOnlySet<ulong> ShingleSet() => Shingles is { } blob
        ? TextFingerprint.ShinglesOf(blob)
        : ShingleCache.Shared.Of(Id, CleanedText ?? throw new InvalidOperationException($"Article {Id} has neither stored shingles nor a cleaned text."));
}
