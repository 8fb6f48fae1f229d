using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Events;

/// <summary>
/// One event coded from one sentence: when, what (ACLED type), who did it to whom, where (the place, or the known place
/// an unlocated village is tied to), the excerpt it came from, who claims it, and any change of control.
/// </summary>
/// <param name="Where">The place mention the event happened at.</param>
/// <param name="Location">The gazetteer place the event is drawn at (the mention's place, or its anchor); null when not locatable.</param>
/// <param name="Precision">ACLED geo-precision 1-3; 0 when the event cannot be placed.</param>
/// <param name="Fatalities">Deaths the sentence reports (0 for "no casualties were reported"); null when it says nothing.</param>
/// <param name="Contested">A capture one side claims and the other disputes ("X said it repelled the attack; Y claimed it took the
/// village"): coded as a battle with no change of hands, the claim kept in <paramref name="ClaimedBy"/>.</param>
public sealed record CodedEvent(
    TemporalExpression When,
    string Type,
    string SubType,
    string? Actor1,
    string? Actor2,
    IReadOnlyList<string> AssocActors,
    ResolvedPlace Where,
    Place? Location,
    int Precision,
    int ExcerptStart,
    int ExcerptEnd,
    string Excerpt,
    string? ClaimedBy,
    ControlChangeCandidate? ControlChange,
    double Confidence,
    int? Fatalities = null,
    bool Contested = false)
{
    /// <summary>The name shown for the location: the place's, or "village (near anchor)".</summary>
    public string PlaceName => Where.Place is { } place ? place.Name
        : Location is { } anchor ? $"{Where.OriginalText} (near {anchor.Name})" : Where.OriginalText;
}
