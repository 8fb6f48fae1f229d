namespace MapDashboard.Data.Store;

/// <summary>
/// The columns every writer of the events table fills, and the parameter each takes: one definition for the store's
/// insert and the synthetic generator's (the copier between stores reads every column from the schema itself).
/// </summary>
internal static class EventColumns
{
    /// <summary>Column and parameter name, in insert order.</summary>
    public static readonly IReadOnlyList<(string Column, string Parameter)> Written =
    [
        ("event_key", "Key"), ("date_start", "DateStart"), ("date_end", "DateEnd"), ("date_precision", "DatePrecision"),
        ("day_start", "DayStart"), ("day_end", "DayEnd"), ("type", "Type"), ("sub_type", "SubType"), ("actor1", "Actor1"),
        ("actor2", "Actor2"), ("assoc_actors", "AssocActors"), ("place_id", "PlaceId"), ("place_name", "PlaceName"),
        ("admin1", "Admin1"), ("lat", "Lat"), ("lon", "Lon"), ("precision", "Precision"), ("confidence", "Confidence"),
        ("deleted", "Deleted"), ("correction_id", "CorrectionId"),
    ];

    /// <summary>The insert of one event, its parameters written with <paramref name="prefix"/> ('@' for Dapper, '$' for a prepared SQLite command).</summary>
    public static string Insert(char prefix) =>
        $"INSERT INTO events ({string.Join(", ", Written.Select(c => c.Column))})\nVALUES ({string.Join(", ", Written.Select(c => prefix + c.Parameter))})";
}
