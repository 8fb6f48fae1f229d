using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Events;

/// <summary>
/// Where an event at a place mention is drawn, and with which ACLED geo-precision: the place itself; for a governorate
/// named like its seat, the seat (precision 2 for its countryside or a compass part, 3 for the whole province, as ACLED
/// codes them); for an unknown place the text ties to a known one, that one at precision 2; otherwise nowhere.
/// </summary>
public static class EventLocation
{
    /// <summary>The point an event at <paramref name="place"/> is drawn at and its precision (0 when it cannot be drawn).</summary>
    public static (Place? Location, int Precision) Of(ResolvedPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        if (place.Place is { IsArea: true } && place.Seat is { } seat)
        {
            return (seat, (place.Mention.Cues & MentionCue.Province) != 0 ? 3 : 2);
        }
        if (place.Place is { } resolved)
        {
            return (resolved, place.Precision);
        }
        return place.Anchor is { } anchor ? (anchor, 2) : (null, 0);
    }
}
