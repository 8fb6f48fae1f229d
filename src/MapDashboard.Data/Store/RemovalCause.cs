namespace MapDashboard.Data.Store;

/// <summary>Why an article is processed again: what a tombstone of an event or mention it loses records.</summary>
/// <param name="Cause">correction, undo or reprocessing.</param>
/// <param name="CorrectionId">The correction added or undone, if any.</param>
public sealed record RemovalCause(string Cause, long? CorrectionId)
{
    /// <summary>Processed again without a correction (a new pipeline, a re-ingest).</summary>
    public static RemovalCause Reprocessing { get; } = new("reprocessing", null);
}
