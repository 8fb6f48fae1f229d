using Dapper;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Data.Postgres;

namespace MapDashboard.Data.Gazetteer.Postgres;

/// <summary>Adds an analyst's places to the user layer of the PostgreSQL gazetteer, as <see cref="GazetteerImporter"/> does on SQLite.</summary>
public sealed class PostgresUserPlaceWriter(PostgresConnectionFactory factory) : IUserPlaceWriter
{
    /// <inheritdoc />
    public async Task<Place> AddUserPlaceAsync(string name, IReadOnlyList<string> alternateNames, double lat, double lon, string featureCode, string source,
        CancellationToken cancellationToken = default)
    {
        var entry = GazetteerImporter.UserPlaceEntry(name, alternateNames, lat, lon, featureCode, source);
        var nearest = (await new PostgresGazetteer(factory).NearestAsync(lat, lon, 1, cancellationToken)).FirstOrDefault();
        entry = GazetteerImporter.WithNeighbourDivision(entry, nearest);
        await WriteAsync(entry, cancellationToken);
        return entry.Place;
    }

    /// <summary>Inserts or replaces the place (by id) with its names, in one transaction; a user place's extent is its point.</summary>
    private async Task WriteAsync(PlaceEntry entry, CancellationToken cancellationToken)
    {
        var p = entry.Place;
        await using var connection = await PostgresGazetteerSchema.OpenAsync(factory, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var pid = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO gazetteer.places (id, name, lat, lon, feature_class, feature_code, country, admin1, admin2, admin3, name_ar, population, source, wkt, layer,
                                          min_lon, min_lat, max_lon, max_lat)
            VALUES (@Id, @Name, @Lat, @Lon, @FeatureClass, @FeatureCode, @CountryCode, @Admin1, @Admin2, @Admin3, @NameAr, @Population, @Source, @Wkt, @layer,
                    @Lon, @Lat, @Lon, @Lat)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, lat = excluded.lat, lon = excluded.lon,
                feature_class = excluded.feature_class, feature_code = excluded.feature_code, country = excluded.country,
                admin1 = excluded.admin1, admin2 = excluded.admin2, admin3 = excluded.admin3, name_ar = excluded.name_ar,
                population = excluded.population, source = excluded.source, wkt = excluded.wkt, layer = excluded.layer, min_lon = excluded.min_lon, min_lat = excluded.min_lat,
                max_lon = excluded.max_lon, max_lat = excluded.max_lat
            RETURNING pid
            """, new { p.Id, p.Name, p.Lat, p.Lon, p.FeatureClass, p.FeatureCode, p.CountryCode, p.Admin1, p.Admin2, p.Admin3, p.NameAr, p.Population, p.Source, p.Wkt, layer = entry.Layer },
            transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM gazetteer.names WHERE pid = @pid", new { pid }, transaction, cancellationToken: cancellationToken));
        var names = entry.Names
            .Select(n => (n.Name, n.Language, n.Kind, Fold: NameFolding.Fold(n.Name), Skeleton: NameFolding.Skeleton(n.Name)))
            .Where(n => n.Fold.Length > 0)
            .Select(n => new { pid, n.Name, n.Language, n.Kind, n.Fold, n.Skeleton });
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO gazetteer.names (pid, name, lang, kind, fold_key, skeleton_key) VALUES (@pid, @Name, @Language, @Kind, @Fold, @Skeleton)
            ON CONFLICT (pid, name) DO NOTHING
            """, names, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}
