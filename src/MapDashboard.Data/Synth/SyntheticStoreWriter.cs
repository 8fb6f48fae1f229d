using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MapDashboard.Core.Events;
using MapDashboard.Data.Store;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Synth;

/// <summary>Prepared inserts, re-bound to each batch's transaction.</summary>
internal sealed class SyntheticStoreWriter(SqliteConnection connection)
{
    private readonly SqliteCommand _article = Command(connection, """
        INSERT INTO articles (content_hash, source, title, outlet, published, published_precision, date_evidence, original_text, cleaned_text,
                              offset_map, pipeline_version, ingested_at)
        VALUES ($hash, $source, $title, $outlet, $published, 'day', 'synthetic dateline', $text, $text, '[]', $version, $now)
        RETURNING id
        """);

    private readonly SqliteCommand _event = Command(connection, EventColumns.Insert('$') + " RETURNING id");


    private readonly SqliteCommand _rtree = Command(connection, "INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat) VALUES ($id, $lon, $lon, $lat, $lat)");

    private readonly SqliteCommand _actor = Command(connection, "INSERT INTO event_actors (event_id, actor_id, role) VALUES ($id, $actor, $role)");

    private readonly SqliteCommand _source = Command(connection, """
        INSERT INTO event_sources (event_id, article_id, excerpt, excerpt_start, excerpt_end, place_start, place_end)
        VALUES ($event, $article, $excerpt, $start, $end, $placeStart, $placeEnd)
        """);

    private readonly SqliteCommand _control = Command(connection, """
        INSERT INTO control_changes (article_id, event_id, place_id, place_name, lat, lon, date, new_controller, previous_controller, verb, confidence,
                                     excerpt_start, excerpt_end)
        VALUES ($article, $event, $placeId, $placeName, $lat, $lon, $date, $controller, $previous, $verb, $confidence, $start, $end)
        """);

    private readonly string _now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    public void Prepare(SqliteTransaction transaction)
    {
        foreach (var command in new[] { _article, _event, _rtree, _actor, _source, _control })
        {
            command.Transaction = transaction;
        }
    }

    public long Article(string text, string title, string outlet, DateOnly published, int seed, long index)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{index}:{text}"))).ToLowerInvariant();
        return (long)Run(_article, ("$hash", hash), ("$source", $"synth/{seed}/{index}.txt"), ("$title", title), ("$outlet", outlet),
            ("$published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$text", text), ("$version", "synth"), ("$now", _now))!;
    }

    public long Event(PlannedSyntheticEvent e, string key)
    {
        var date = e.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var id = (long)Run(_event, ("$Key", key), ("$DateStart", date), ("$DateEnd", date), ("$DatePrecision", "day"), ("$DayStart", e.Day.DayNumber),
            ("$DayEnd", e.Day.DayNumber), ("$Type", e.Type), ("$SubType", e.SubType), ("$Actor1", e.Actor1), ("$Actor2", e.Actor2), ("$AssocActors", "[]"),
            ("$PlaceId", e.Place.Id), ("$PlaceName", e.Precision == 1 ? e.Place.Name : e.Precision == 2 ? $"near {e.Place.Name}" : $"{e.Place.Name} countryside"),
            ("$Admin1", e.Place.Admin1), ("$Lat", e.Place.Lat), ("$Lon", e.Place.Lon), ("$Precision", e.Precision), ("$Confidence", e.Confidence),
            ("$Deleted", 0), ("$CorrectionId", null))!;
        Run(_rtree, ("$id", id), ("$lon", e.Place.Lon), ("$lat", e.Place.Lat));
        Run(_actor, ("$id", id), ("$actor", e.Actor1), ("$role", "actor1"));
        if (e.Actor2 is not null)
        {
            Run(_actor, ("$id", id), ("$actor", e.Actor2), ("$role", "actor2"));
        }
        return id;
    }

    public void Source(long eventId, long articleId, string excerpt, int start, int end, int placeStart, int placeEnd) =>
        Run(_source, ("$event", eventId), ("$article", articleId), ("$excerpt", excerpt), ("$start", start), ("$end", end),
            ("$placeStart", placeStart), ("$placeEnd", placeEnd));

    public void ControlChange(long articleId, long eventId, PlannedSyntheticEvent e, int start, int end) =>
        Run(_control, ("$article", articleId), ("$event", eventId), ("$placeId", e.Place.Id), ("$placeName", e.Place.Name), ("$lat", e.Place.Lat),
            ("$lon", e.Place.Lon), ("$date", e.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$controller", e.Actor1),
            ("$previous", e.Actor2), ("$verb", e.SubType == EventType.GovernmentRegainsTerritory ? "recaptured" : "seized"), ("$confidence", e.Confidence),
            ("$start", start), ("$end", end));

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static object? Run(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command.ExecuteScalar();
    }
}
