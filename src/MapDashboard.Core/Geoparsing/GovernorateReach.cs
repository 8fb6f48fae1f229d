using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// How far over its line a governorate named as a place's container ("A in Hama", "A of Damascus") still holds a reading
/// of A: a village over the line is named by the governorate next to it, but a governorate that is one city alone (word
/// list <c>city-governorate</c>: Damascus, whose countryside is the Rif Dimashq governorate) names only the city and the
/// suburbs around it, so a namesake 80 km off is a place elsewhere, not a village over its line.
/// </summary>
internal sealed class GovernorateReach(double governorateKm, double cityGovernorateKm, GeoparsingWords words)
{
    /// <summary>The reach (km) of the governorate <paramref name="locator"/> lies in, from its point and its seat.</summary>
    public double Of(Place locator) =>
        locator.Admin1 is { } admin1 && words.Contains("city-governorate", admin1) ? cityGovernorateKm : governorateKm;
}
