namespace MapDashboard.Data.Store;

/// <summary>
/// The tombstone of an event or place mention that no longer exists: which article it came from and what removed it
/// (cause correction, undo, reprocessing, or deleted for an event an analyst deleted).
/// </summary>
public sealed class RemovedRecord
{
    public string Kind { get; init; } = "";

    public long Id { get; init; }

    public long? ArticleId { get; init; }

    public string Cause { get; init; } = "";

    public long? CorrectionId { get; init; }

    public string? RemovedAt { get; init; }

    /// <summary>A sentence for a reader: "Event 4 was removed by correction 2 (2026-12-05)".</summary>
    public string Describe()
    {
        var what = Kind == RemovedRecordSql.MentionKind ? $"Place mention {Id}" : $"Event {Id}";
        var by = Cause switch
        {
            "deleted" => CorrectionId is { } c ? $"was deleted by an analyst's correction {c}" : "was deleted by an analyst's correction",
            "correction" => CorrectionId is { } c ? $"was removed by a correction (correction {c})" : "was removed by a correction",
            "undo" => CorrectionId is { } c ? $"was removed by a correction (undoing correction {c})" : "was removed by a correction (an undo)",
            _ => "was removed when its article was processed again",
        };
        var when = RemovedAt is { Length: >= 10 } at ? $" on {at[..10]}" : "";
        return $"{what} {by}{when}: its article no longer reports it.";
    }
}
