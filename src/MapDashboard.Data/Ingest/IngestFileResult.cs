using MapDashboard.Data.Store;

namespace MapDashboard.Data.Ingest;

/// <summary>What happened to one file: stored (with the store's outcome) or skipped with the reason.</summary>
public sealed record IngestFileResult(string File, IngestOutcome? Outcome, string? Error)
{
    /// <summary>Whether the file landed (or was already there).</summary>
    public bool Succeeded => Outcome is not null;
}
