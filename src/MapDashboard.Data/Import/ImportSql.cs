namespace MapDashboard.Data.Import;

/// <summary>The imported_events table's SQL, in one place.</summary>
internal static class ImportSql
{
    /// <summary>The upsert's parameters, in the order of its VALUES.</summary>
    public static readonly string[] UpsertParameters =
    [
        "dataset", "event_id", "event_date", "day", "time_precision", "type", "sub_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
        "country", "admin1", "admin2", "location", "lat", "lon", "geo_precision", "fatalities", "source", "notes", "row_hash", "import_file", "line",
        "imported_at",
    ];

    /// <summary>Adds an event, or replaces the values of the dataset's event with the same id.</summary>
    public static readonly string Upsert =
        $"INSERT INTO imported_events ({string.Join(", ", UpsertParameters)}) VALUES ({string.Join(", ", UpsertParameters.Select(p => "@" + p))}) "
        + "ON CONFLICT (dataset, event_id) DO UPDATE SET "
        + string.Join(", ", UpsertParameters.Skip(2).Select(p => $"{p} = excluded.{p}"));

    /// <summary>An imported dataset's rows of the given sub-event types (the territory changes), oldest first.</summary>
    public const string SelectBySubTypes = """
        SELECT event_id AS EventId, event_date AS EventDate, sub_type AS SubType, actor1 AS Actor1, location AS Location, lat AS Lat, lon AS Lon,
               geo_precision AS GeoPrecision, notes AS Notes
        FROM imported_events WHERE dataset = @dataset AND {0} ORDER BY day, id
        """;
}
