namespace MapDashboard.Data.Corrections;

/// <summary>
/// A correction about to be stored or undone, applied in memory while its articles are processed again, so that the
/// correction and the re-processing are written together in one transaction (both or neither).
/// </summary>
/// <param name="Added">A correction not stored yet (its id is <see cref="PendingId"/> until it is).</param>
/// <param name="RemovedId">A stored correction being undone.</param>
public sealed record CorrectionOverlay(Correction? Added, long? RemovedId)
{
    /// <summary>The id a correction carries until it is stored (after every stored one, so it applies last).</summary>
    public const long PendingId = long.MaxValue;

    /// <summary>The corrections in force with this overlay applied: without the removed one, with the added one when it matches.</summary>
    public IReadOnlyList<Correction> Apply(IReadOnlyList<Correction> stored, Func<Correction, bool> matches)
    {
        var result = stored.Where(c => c.Id != RemovedId).ToList();
        if (Added is { } added && matches(added))
        {
            result.Add(added);
        }
        return result;
    }
}
