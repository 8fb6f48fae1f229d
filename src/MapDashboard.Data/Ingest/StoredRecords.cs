using MapDashboard.Core.Events;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Corrections;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Ingest;

/// <summary>The store's records of what the pipeline found in an article.</summary>
internal static class StoredRecords
{
    /// <summary>The stored form of a place mention after the analysts' corrections.</summary>
    public static StoredMention Mention(CorrectionApplier.CorrectedMention corrected)
    {
        var p = corrected.Place;
        return new StoredMention(p.OriginalText, p.OriginalStart, p.OriginalEnd, p.Resolved, p.Place?.Id, p.Place?.Name, p.Place?.Lat, p.Place?.Lon,
            p.Place?.FeatureCode, p.Place?.CountryCode, p.Place?.Admin1, p.Precision == 0 ? null : p.Precision, p.Confidence, p.Reason,
            p.RunnerUp?.Id, corrected.Correction?.Id);
    }

    /// <summary>The stored form of a coded event, with the control change it implies.</summary>
    public static StoredEvent Event(CodedEvent e, IControlChangeExtractor controlChanges) => new()
    {
        DateStart = e.When.First,
        DateEnd = e.When.Last,
        DatePrecision = e.When.Precision.ToString().ToLowerInvariant(),
        DateEvidence = e.When.Text.Length > 0 ? e.When.Text : null,
        Type = e.Type,
        SubType = e.SubType,
        Actor1 = e.Actor1,
        Actor2 = e.Actor2,
        AssocActors = e.AssocActors,
        PlaceId = e.Location?.Id,
        PlaceName = e.PlaceName,
        Admin1 = e.Location?.Admin1,
        Lat = e.Location?.Lat,
        Lon = e.Location?.Lon,
        Precision = e.Precision,
        Confidence = e.Confidence,
        Excerpt = e.Excerpt,
        ExcerptStart = e.ExcerptStart,
        ExcerptEnd = e.ExcerptEnd,
        ClaimedBy = e.ClaimedBy,
        PlaceStart = e.Where.OriginalStart,
        PlaceEnd = e.Where.OriginalEnd,
        ControlChange = controlChanges.Extract(e),
    };
}
