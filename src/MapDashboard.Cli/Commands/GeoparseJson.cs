using System.Text.Json;
using System.Text.Json.Serialization;
using MapDashboard.Core.Articles;
using MapDashboard.Core.Events;
using MapDashboard.Core.Pipeline;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Cli.Commands;

/// <summary>The one-line JSON form of a geoparsed article (`mapdash geoparse --json`).</summary>
internal static class GeoparseJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The events array's objects, with offsets into the original text. A capture names the place that changes hands
    /// by the same rule as the store (<paramref name="controlChanges"/>): a capture "near" a town (precision 2) has no
    /// place id, so the town is not shown changing hands.
    /// </summary>
    public static IReadOnlyList<object> Events(IEnumerable<CodedEvent> events, IControlChangeExtractor controlChanges) => events.Select(e => (object)new
    {
        date = e.When.First?.ToString("yyyy-MM-dd"),
        dateEnd = e.When.Last?.ToString("yyyy-MM-dd"),
        datePrecision = e.When.Precision.ToString().ToLowerInvariant(),
        type = e.Type,
        subType = e.SubType,
        actor1 = e.Actor1,
        actor2 = e.Actor2,
        assocActors = e.AssocActors,
        placeId = e.Location?.Id,
        placeName = e.PlaceName,
        lat = e.Location is null ? (double?)null : Math.Round(e.Location.Lat, 5),
        lon = e.Location is null ? (double?)null : Math.Round(e.Location.Lon, 5),
        precision = e.Precision == 0 ? (int?)null : e.Precision,
        excerpt = e.Excerpt,
        excerptStart = e.ExcerptStart,
        excerptEnd = e.ExcerptEnd,
        claimedBy = e.ClaimedBy,
        controlChange = e.ControlChange is { } c ? new { placeId = controlChanges.Extract(e)?.PlaceId, to = c.NewController, from = c.PreviousController, contested = c.Contested } : null,
    }).ToList();

    public static string Serialize(string source, GeoparseResult result, IReadOnlyList<object> events)
    {
        var metadata = result.Article.Metadata;
        var document = new
        {
            source,
            title = metadata.Title,
            outlet = metadata.Outlet,
            published = metadata.Published?.ToString("yyyy-MM-dd"),
            publishedPrecision = metadata.PublishedPrecision?.ToString().ToLowerInvariant(),
            dateTrust = metadata.DateTrust.ToString().ToLowerInvariant(),
            dateClue = metadata.Dating?.Clue is { } clue ? DateClueKinds.Name(clue.Kind) : null,
            dateEvidence = metadata.DateEvidence,
            dateCertainty = metadata.Dating?.Clue is null ? null : metadata.Dating.Certainty.ToString().ToLowerInvariant(),
            dateWeak = metadata.Dating?.Weak ?? false,
            dateNote = metadata.Dating?.Note,
            places = result.Places.Select(p => new
            {
                text = p.OriginalText,
                start = p.OriginalStart,
                end = p.OriginalEnd,
                resolved = p.Resolved,
                placeId = p.Place?.Id,
                name = p.Place?.Name,
                lat = p.Place is null ? (double?)null : Math.Round(p.Place.Lat, 5),
                lon = p.Place is null ? (double?)null : Math.Round(p.Place.Lon, 5),
                featureCode = p.Place?.FeatureCode,
                country = p.Place?.CountryCode,
                admin1 = p.Place?.Admin1,
                precision = p.Precision == 0 ? (int?)null : p.Precision,
                confidence = p.Confidence,
                reason = p.Reason,
            }),
            events,
        };
        return JsonSerializer.Serialize(document, Options);
    }
}
