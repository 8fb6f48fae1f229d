namespace MapDashboard.Core.Evaluation;

/// <summary>What a gold mention intends.</summary>
public enum GoldKind
{
    /// <summary>A point place with known coordinates.</summary>
    Place,

    /// <summary>A region (governorate, area, mountain range); scored by admin1 or distance to its representative point.</summary>
    Region,

    /// <summary>A country, scored by country code.</summary>
    Country,

    /// <summary>A road, scored by recognition only.</summary>
    Road,

    /// <summary>A place no public reference locates: correct only when the system leaves it unresolved.</summary>
    Unresolvable,
}

/// <summary>One hand-annotated toponym span with its intended place.</summary>
public sealed record GoldMention(
    string Text,
    int Start,
    int End,
    GoldKind Kind,
    string? PlaceId = null,
    double? Lat = null,
    double? Lon = null,
    string? Admin1 = null,
    string? Country = null);
