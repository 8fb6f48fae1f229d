using Dapper;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geo;
using MapDashboard.Data.Postgres;
using Npgsql;

namespace MapDashboard.Data.Gazetteer.Postgres;

/// <summary>
/// The gazetteer lookups over the <c>gazetteer</c> schema of a PostgreSQL/PostGIS database, filled by
/// <see cref="PostgresGazetteerWriter"/>. Gives the same answers as <see cref="SqliteGazetteer"/> on the same data: the
/// same keys, extents and ranking; pg_trgm stands in for SQLite's FTS5 trigram table and GiST for its R*Tree.
/// </summary>
public sealed class PostgresGazetteer(PostgresConnectionFactory factory) : IGazetteer, IPlaceIndexSource
{
    private const string TrigramKinds = "kind IN ('primary', 'ascii', 'curated')";

    private const string IndexWhere = """
        WHERE p.country = ANY(@focusCountries)
           OR p.feature_code IN ('PCLI', 'ADM1')
           OR p.layer IN ('user', 'imported')
           OR p.id LIKE 'cur:%' OR p.id LIKE 'oa:%'
           OR (n.kind IN ('primary', 'ascii') AND p.population >= @minWorldPopulation)
        """;

    /// <summary>Where the gazetteer is, for messages.</summary>
    public string Description => factory.Description;

    /// <inheritdoc />
    public Task<IReadOnlyList<GeoCandidate>> FindCandidatesAsync(string surfaceForm, int limit = 25, CancellationToken cancellationToken = default) =>
        FindAsync(surfaceForm, limit, fuzzy: true, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<GeoCandidate>> FindNamedAsync(string surfaceForm, int limit = 25, CancellationToken cancellationToken = default) =>
        FindAsync(surfaceForm, limit, fuzzy: false, cancellationToken);

    private async Task<IReadOnlyList<GeoCandidate>> FindAsync(string surfaceForm, int limit, bool fuzzy, CancellationToken cancellationToken)
    {
        await using var connection = await PostgresGazetteerSchema.OpenAsync(factory, cancellationToken);
        return await CandidateSearch.FindAsync(connection, "gazetteer.", surfaceForm, limit,
            fuzzy ? fold => FuzzyAsync(connection, fold, cancellationToken) : null, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>An id merged into another place (gn:… or wof:… of an ocha: village) finds that place.</remarks>
    public async Task<Place?> GetByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await PostgresGazetteerSchema.OpenAsync(factory, cancellationToken);
        var places = await QueryPlacesAsync(connection, GazetteerSql.ById("gazetteer."),
            new { id }, cancellationToken);
        return places.Count == 0 ? null : places[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<(Place Place, double DistanceKm)>> NearestAsync(double lat, double lon, int limit = 10, CancellationToken cancellationToken = default)
    {
        await using var connection = await PostgresGazetteerSchema.OpenAsync(factory, cancellationToken);
        for (var radius = 0.1; ; radius *= 2)
        {
            // The same widening square as on SQLite (not a KNN scan), so both stores pick the same places.
            var places = await QueryPlacesAsync(connection, """
                WHERE p.extent && ST_MakeEnvelope(@minLon, @minLat, @maxLon, @maxLat, 4326)
                  AND p.max_lon >= @minLon AND p.min_lon <= @maxLon AND p.max_lat >= @minLat AND p.min_lat <= @maxLat
                  AND p.feature_class <> 'A'
                ORDER BY p.pid
                """, new { minLon = lon - radius, maxLon = lon + radius, minLat = lat - radius, maxLat = lat + radius }, cancellationToken);
            if (places.Count >= limit || radius > 20)
            {
                return places.Select(p => (p, GeoDistance.Kilometres(lat, lon, p.Lat, p.Lon)))
                    .OrderBy(p => p.Item2).Take(limit).ToList();
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Place>> InBoundingBoxAsync(double minLon, double minLat, double maxLon, double maxLat, int limit = 500, CancellationToken cancellationToken = default)
    {
        await using var connection = await PostgresGazetteerSchema.OpenAsync(factory, cancellationToken);
        return await QueryPlacesAsync(connection, """
            WHERE p.geom && ST_MakeEnvelope(@minLon, @minLat, @maxLon, @maxLat, 4326)
              AND p.max_lon >= @minLon AND p.min_lon <= @maxLon AND p.max_lat >= @minLat AND p.min_lat <= @maxLat
              AND p.lat BETWEEN @minLat AND @maxLat AND p.lon BETWEEN @minLon AND @maxLon
            ORDER BY p.population DESC, p.pid LIMIT @limit
            """, new { minLon, minLat, maxLon, maxLat, limit }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Place>> AutocompleteAsync(string prefix, int limit = 10, CancellationToken cancellationToken = default)
    {
        var fold = NameFolding.FoldPrefix(prefix);
        if (fold.Length == 0)
        {
            return [];
        }
        await using var connection = await PostgresGazetteerSchema.OpenAsync(factory, cancellationToken);
        var parameters = new { fold, upper = fold + "\uffff", limit, focus = PlaceSearchOrder.FocusCountry, region = PlaceSearchOrder.Region.ToArray() };
        // The exact tier only for a whole name: "Deir ez" is the start of a name, not the place called "Deir".
        var exact = NameFolding.Fold(prefix) == fold
            ? await QueryPlacesAsync(connection, GazetteerSql.SearchExact(postgres: true), parameters, cancellationToken)
            : [];
        var starting = await QueryPlacesAsync(connection, GazetteerSql.SearchPrefix(postgres: true), parameters, cancellationToken);
        var result = PlaceSearchOrder.Tiers(exact, starting, limit);
        if (result.Count < limit && fold.Length >= 3)
        {
            // The first 500 trigram-indexed names containing the text, as SQLite's FTS5 returns them (by row id).
            var contains = await QueryPlacesAsync(connection, $"""
                WHERE p.pid IN (SELECT n.pid FROM gazetteer.names n WHERE n.nid IN (
                    SELECT nid FROM gazetteer.names WHERE {TrigramKinds} AND fold_key LIKE @pattern ORDER BY nid LIMIT 500))
                ORDER BY p.population DESC, p.pid LIMIT @limit
                """, new { pattern = "%" + EscapeLike(fold) + "%", limit }, cancellationToken);
            result.AddRange(contains.Where(p => result.All(r => r.Id != p.Id)).Take(limit - result.Count));
        }
        return result;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> GetLexiconNamesAsync(IReadOnlyCollection<string> focusCountries, long minWorldPopulation, CancellationToken cancellationToken = default)
    {
        await using var connection = await PostgresGazetteerSchema.OpenAsync(factory, cancellationToken);
        var names = await connection.QueryAsync<string>(new CommandDefinition($"""
            SELECT DISTINCT n.name FROM gazetteer.names n JOIN gazetteer.places p ON p.pid = n.pid
            {IndexWhere}
            """, new { focusCountries = focusCountries.ToArray(), minWorldPopulation }, cancellationToken: cancellationToken));
        return names.Where(n => !NameFolding.IsNonLatin(n)).ToList();
    }

    /// <inheritdoc />
    /// <remarks>None: the PostgreSQL gazetteer is shared by every server and changes under them (user places).</remarks>
    public string? PrebuiltIndexPath => null;

    /// <inheritdoc />
    public Task<string?> ReadStampAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);

    /// <inheritdoc />
    public async Task<List<(string Name, Place Place)>> LoadIndexEntriesAsync(IReadOnlyCollection<string> focusCountries, long minWorldPopulation, CancellationToken cancellationToken = default)
    {
        await using var connection = await PostgresGazetteerSchema.OpenAsync(factory, cancellationToken);
        var rows = await connection.QueryAsync<CandidateRow>(new CommandDefinition($"""
            SELECT {PlaceRow.Columns}, n.name AS MatchedName, n.fold_key AS FoldKey
            FROM gazetteer.names n JOIN gazetteer.places p ON p.pid = n.pid
            {IndexWhere}
            ORDER BY p.pid, n.name COLLATE "C"
            """, new { focusCountries = focusCountries.ToArray(), minWorldPopulation }, cancellationToken: cancellationToken));
        return CandidateRanking.IndexEntries(rows);
    }

    /// <summary>How many places the gazetteer holds (0 when it was never filled).</summary>
    public async Task<long> CountPlacesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await PostgresGazetteerSchema.OpenAsync(factory, cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM gazetteer.places", cancellationToken: cancellationToken));
    }

    private static async Task<List<Place>> QueryPlacesAsync(NpgsqlConnection connection, string where, object parameters, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<PlaceRow>(new CommandDefinition($"SELECT {PlaceRow.Columns} FROM gazetteer.places p {where}", parameters, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToPlace()).ToList();
    }

    private static async Task<IEnumerable<GeoCandidate>> FuzzyAsync(NpgsqlConnection connection, string fold, CancellationToken cancellationToken)
    {
        // pg_trgm's default threshold (0.3) would drop some names within the edit distance kept below; the setting is
        // local to this transaction.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT set_config('pg_trgm.similarity_threshold', '0.2', true)", transaction: transaction, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<CandidateRow>(new CommandDefinition($"""
            SELECT {PlaceRow.Columns}, n.name AS MatchedName, n.fold_key AS FoldKey
            FROM (SELECT nid FROM gazetteer.names WHERE {TrigramKinds} AND fold_key % @fold
                  ORDER BY similarity(fold_key, @fold) DESC, nid LIMIT @pool) hit
            JOIN gazetteer.names n ON n.nid = hit.nid JOIN gazetteer.places p ON p.pid = n.pid
            """, new { fold, pool = CandidateRanking.FuzzyPool }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return CandidateRanking.Fuzzy(rows, fold);
    }

    private static string EscapeLike(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
