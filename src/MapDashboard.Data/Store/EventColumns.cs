namespace MapDashboard.Data.Store;

/// <summary>
/// The columns of the events table and the parameter each writer fills them from: one definition for the store's
/// insert, the synthetic generator's and the copier between stores (which refuses a store whose events table has other
/// columns, so that a column added by a migration but not here is never dropped silently).
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

    /// <summary>Every stored column of an event row: its id, then the written ones (PostgreSQL's generated <c>geom</c> excepted).</summary>
    public static IReadOnlyList<string> Stored { get; } = ["id", .. Written.Select(c => c.Column)];

    /// <summary>The insert of one event, its parameters written with <paramref name="prefix"/> ('@' for Dapper, '$' for a prepared SQLite command).</summary>
    public static string Insert(char prefix) =>
        $"INSERT INTO events ({string.Join(", ", Written.Select(c => c.Column))})\nVALUES ({string.Join(", ", Written.Select(c => prefix + c.Parameter))})";
}
