using MapDashboard.Core.Gazetteer;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;

namespace MapDashboard.Data.Gazetteer;

/// <summary>
/// Writes places and their names into an open gazetteer inside the caller's transaction, with prepared commands
/// (the build writes hundreds of thousands of rows). Writing an id that exists replaces the place and its names.
/// </summary>
internal sealed class GazetteerWriter : IDisposable
{
    private static readonly HashSet<string> TrigramKinds = ["primary", "ascii", "curated"];

    private readonly SqliteCommand _place;
    private readonly SqliteCommand _clearNames;
    private readonly SqliteCommand _clearRtree;
    private readonly SqliteCommand _name;
    private readonly SqliteCommand _rtree;
    private readonly SqliteCommand _fts;
    private readonly SqliteCommand _concordance;
    private readonly WKTReader _wkt = new();

    public GazetteerWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _place = Prepare(connection, transaction, """
            INSERT INTO places (id, name, lat, lon, feature_class, feature_code, country, admin1, admin2, admin3, name_ar, population, source, wkt, layer)
            VALUES ($id, $name, $lat, $lon, $fclass, $fcode, $country, $admin1, $admin2, $admin3, $namear, $population, $source, $wkt, $layer)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, lat = excluded.lat, lon = excluded.lon,
                feature_class = excluded.feature_class, feature_code = excluded.feature_code, country = excluded.country,
                admin1 = excluded.admin1, admin2 = excluded.admin2, admin3 = excluded.admin3, name_ar = excluded.name_ar,
                population = excluded.population, source = excluded.source, wkt = excluded.wkt, layer = excluded.layer
            RETURNING pid
            """, "$id", "$name", "$lat", "$lon", "$fclass", "$fcode", "$country", "$admin1", "$admin2", "$admin3", "$namear", "$population", "$source", "$wkt", "$layer");
        _clearNames = Prepare(connection, transaction,
            "DELETE FROM names_fts WHERE rowid IN (SELECT nid FROM names WHERE pid = $pid); DELETE FROM names WHERE pid = $pid", "$pid");
        _clearRtree = Prepare(connection, transaction, "DELETE FROM places_rtree WHERE pid = $pid; DELETE FROM concordance WHERE pid = $pid", "$pid");
        _concordance = Prepare(connection, transaction, "INSERT OR REPLACE INTO concordance (id, pid) VALUES ($id, $pid)", "$id", "$pid");
        _name = Prepare(connection, transaction, """
            INSERT OR IGNORE INTO names (pid, name, lang, kind, fold_key, skeleton_key) VALUES ($pid, $name, $lang, $kind, $fold, $skeleton)
            RETURNING nid
            """, "$pid", "$name", "$lang", "$kind", "$fold", "$skeleton");
        _rtree = Prepare(connection, transaction,
            "INSERT INTO places_rtree (pid, min_lon, max_lon, min_lat, max_lat) VALUES ($pid, $minlon, $maxlon, $minlat, $maxlat)",
            "$pid", "$minlon", "$maxlon", "$minlat", "$maxlat");
        _fts = Prepare(connection, transaction, "INSERT INTO names_fts (rowid, fold_key) VALUES ($nid, $fold)", "$nid", "$fold");
    }

    /// <summary>Places written so far.</summary>
    public long Places { get; private set; }

    /// <summary>Names written so far.</summary>
    public long Names { get; private set; }

    /// <summary>Inserts or replaces one place with its names and extent.</summary>
    public void Write(PlaceEntry entry)
    {
        var p = entry.Place;
        Set(_place, p.Id, p.Name, p.Lat, p.Lon, p.FeatureClass, p.FeatureCode, p.CountryCode, p.Admin1, p.Admin2, p.Admin3, p.NameAr, p.Population, p.Source, p.Wkt, entry.Layer);
        var pid = (long)_place.ExecuteScalar()!;
        Set(_clearNames, pid);
        _clearNames.ExecuteNonQuery();
        Set(_clearRtree, pid);
        _clearRtree.ExecuteNonQuery();

        var (minLon, minLat, maxLon, maxLat) = Extent(entry);
        Set(_rtree, pid, minLon, maxLon, minLat, maxLat);
        _rtree.ExecuteNonQuery();
        foreach (var otherId in entry.OtherIds ?? [])
        {
            Set(_concordance, otherId, pid);
            _concordance.ExecuteNonQuery();
        }

        foreach (var name in entry.Names)
        {
            var fold = NameFolding.Fold(name.Name);
            if (fold.Length == 0)
            {
                continue;
            }
            Set(_name, pid, name.Name, name.Language, name.Kind, fold, NameFolding.Skeleton(name.Name));
            if (_name.ExecuteScalar() is long nid)
            {
                Names++;
                if (TrigramKinds.Contains(name.Kind) && fold.Length >= 3)
                {
                    Set(_fts, nid, fold);
                    _fts.ExecuteNonQuery();
                }
            }
        }
        Places++;
    }

    private (double MinLon, double MinLat, double MaxLon, double MaxLat) Extent(PlaceEntry entry)
    {
        if (entry.Bounds is { Length: 4 } b)
        {
            return (b[0], b[1], b[2], b[3]);
        }
        if (entry.Place.Wkt is { } wkt)
        {
            var envelope = _wkt.Read(wkt).EnvelopeInternal;
            return (envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY);
        }
        return (entry.Place.Lon, entry.Place.Lat, entry.Place.Lon, entry.Place.Lat);
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    public void Dispose()
    {
        foreach (var command in new[] { _place, _clearNames, _clearRtree, _name, _rtree, _fts, _concordance })
        {
            command.Dispose();
        }
    }
}
