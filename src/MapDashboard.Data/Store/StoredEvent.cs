using MapDashboard.Core.Pipeline;

namespace MapDashboard.Data.Store;

/// <summary>One coded event as reported by one article, with its optional control change.</summary>
public sealed record StoredEvent
{
    public DateOnly? DateStart { get; init; }

    public DateOnly? DateEnd { get; init; }

    /// <summary>day, week, month, year, range or unknown.</summary>
    public required string DatePrecision { get; init; }

    public string? DateEvidence { get; init; }

    public required string Type { get; init; }

    public required string SubType { get; init; }

    public string? Actor1 { get; init; }

    public string? Actor2 { get; init; }

    public IReadOnlyList<string> AssocActors { get; init; } = [];

    public string? PlaceId { get; init; }

    public required string PlaceName { get; init; }

    public string? Admin1 { get; init; }

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    /// <summary>ACLED geo precision: 1 the place itself, 2 near it, 3 only a region.</summary>
    public required int Precision { get; init; }

    public required double Confidence { get; init; }

    public required string Excerpt { get; init; }

    public required int ExcerptStart { get; init; }

    public required int ExcerptEnd { get; init; }

    public string? ClaimedBy { get; init; }

    /// <summary>Original-text offsets of the place's name within the article (inside the excerpt), when named there.</summary>
    public int? PlaceStart { get; init; }

    public int? PlaceEnd { get; init; }

    public ControlChangeReport? ControlChange { get; init; }

    /// <summary>The analyst correction that shaped the event last, if any.</summary>
    public long? CorrectionId { get; init; }

    /// <summary>Whether an analyst deleted the event (kept hidden so the deletion survives re-processing).</summary>
    public bool Deleted { get; init; }

    /// <summary>
    /// The key under which reports of the same event from several articles merge: the place (and its name, so villages
    /// anchored to one town stay apart), the dates, the type and the actors.
    /// </summary>
    public string MergeKey =>
        string.Join('|', PlaceId ?? "", PlaceName.ToLowerInvariant(), DateStart?.ToString("O") ?? "undated", DateEnd?.ToString("O") ?? "",
            Type, SubType, Actor1 ?? "", Actor2 ?? "");
}
