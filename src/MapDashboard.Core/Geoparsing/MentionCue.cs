namespace MapDashboard.Core.Geoparsing;

/// <summary>What the words around a toponym say about the kind of place it is.</summary>
[Flags]
public enum MentionCue
{
    None = 0,

    /// <summary>"the village/town/city of X", "X village".</summary>
    Settlement = 1,

    /// <summary>"X province/governorate/countryside/region/area".</summary>
    Region = 2,

    /// <summary>"X air base/airbase/airport".</summary>
    Facility = 4,

    /// <summary>"near X", "in the X area", "the vicinity of X": the event is near, not at, X.</summary>
    Near = 8,

    /// <summary>A direction modifies the name: "southern Idlib", "north-west Hama".</summary>
    Direction = 16,

    /// <summary>The name stands in a list that a place cue introduced ("liberated A, B and C").</summary>
    ListedPlace = 32,

    /// <summary>"X highway", "the M4".</summary>
    Road = 64,

    /// <summary>"X province", "the governorate of X": the whole first-level division, not its countryside.</summary>
    Province = 128,

    /// <summary>The first-named end of a road named after two places ("the X-Y road"): the event is near X, not at it.</summary>
    RoadFrom = 256,

    /// <summary>The second-named end of a road named after two places ("the X-Y highway"): the road's direction, not a place of the event.</summary>
    RoadTo = 512,
}
