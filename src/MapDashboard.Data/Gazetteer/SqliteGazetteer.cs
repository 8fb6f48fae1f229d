using Dapper;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geo;
using MapDashboard.Data.Gazetteer.Index;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Gazetteer;

/// <summary>The gazetteer lookups over the bundled SQLite database (read-only).</summary>
public sealed class SqliteGazetteer : IGazetteer, IPlaceIndexSource
{
    private readonly SqliteConnectionFactory _factory;

    /// <summary>Opens the gazetteer at <paramref name="databasePath"/>; throws a clear error when it was never built.</summary>
    public SqliteGazetteer(string databasePath)
    {
        if (!File.Exists(databasePath))
        {
            throw new FileNotFoundException($"Gazetteer database '{databasePath}' does not exist: run `./mapdash gazetteer build`.", databasePath);
        }
        _factory = new SqliteConnectionFactory(databasePath, readOnly: true);
        PrebuiltIndexPath = PlaceIndexFile.PathFor(databasePath);
    }

    /// <inheritdoc />
    public string? PrebuiltIndexPath { get; }

    /// <inheritdoc />
    public async Task<string?> ReadStampAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenAsync(cancellationToken);
        var meta = (await connection.QueryAsync<(string Key, string Value)>(new CommandDefinition(
            "SELECT key, value FROM meta WHERE key IN ('built_at', 'generation')", cancellationToken: cancellationToken))).ToDictionary(m => m.Key, m => m.Value);
        return meta.TryGetValue("built_at", out var built) && meta.TryGetValue("generation", out var generation)
            ? $"built {built}, change {generation}" : null;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<GeoCandidate>> FindCandidatesAsync(string surfaceForm, int limit = 25, CancellationToken cancellationToken = default) =>
        FindAsync(surfaceForm, limit, fuzzy: true, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<GeoCandidate>> FindNamedAsync(string surfaceForm, int limit = 25, CancellationToken cancellationToken = default) =>
        FindAsync(surfaceForm, limit, fuzzy: false, cancellationToken);

    private async Task<IReadOnlyList<GeoCandidate>> FindAsync(string surfaceForm, int limit, bool fuzzy, CancellationToken cancellationToken)
    {
        await using var connection = await _factory.OpenAsync(cancellationToken);
        return await CandidateSearch.FindAsync(connection, "", surfaceForm, limit,
            fuzzy ? fold => FuzzyAsync(connection, fold, cancellationToken) : null, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>An id merged into another place (gn:… or wof:… of an ocha: village) finds that place.</remarks>
    public async Task<Place?> GetByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenAsync(cancellationToken);
        var places = await QueryPlacesAsync(connection, GazetteerSql.ById(""),
            new { id }, cancellationToken);
        return places.Count == 0 ? null : places[0].Place;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<(Place Place, double DistanceKm)>> NearestAsync(double lat, double lon, int limit = 10, CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenAsync(cancellationToken);
        for (var radius = 0.1; ; radius *= 2)
        {
            var places = await QueryPlacesAsync(connection, """
                WHERE p.pid IN (SELECT pid FROM places_rtree WHERE max_lon >= @minLon AND min_lon <= @maxLon AND max_lat >= @minLat AND min_lat <= @maxLat)
                  AND p.feature_class <> 'A'
                ORDER BY p.pid
                """, new { minLon = lon - radius, maxLon = lon + radius, minLat = lat - radius, maxLat = lat + radius }, cancellationToken);
            if (places.Count >= limit || radius > 20)
            {
                return places.Select(p => (p.Place, GeoDistance.Kilometres(lat, lon, p.Place.Lat, p.Place.Lon)))
                    .OrderBy(p => p.Item2).Take(limit).ToList();
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Place>> InBoundingBoxAsync(double minLon, double minLat, double maxLon, double maxLat, int limit = 500, CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenAsync(cancellationToken);
        var places = await QueryPlacesAsync(connection, """
            WHERE p.pid IN (SELECT pid FROM places_rtree WHERE max_lon >= @minLon AND min_lon <= @maxLon AND max_lat >= @minLat AND min_lat <= @maxLat)
              AND p.lat BETWEEN @minLat AND @maxLat AND p.lon BETWEEN @minLon AND @maxLon
            ORDER BY p.population DESC, p.pid LIMIT @limit
            """, new { minLon, minLat, maxLon, maxLat, limit }, cancellationToken);
        return places.Select(p => p.Place).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Place>> AutocompleteAsync(string prefix, int limit = 10, CancellationToken cancellationToken = default)
    {
        var fold = NameFolding.FoldPrefix(prefix);
        if (fold.Length == 0)
        {
            return [];
        }
        await using var connection = await _factory.OpenAsync(cancellationToken);
        var parameters = new { fold, upper = fold + "\uffff", limit, focus = PlaceSearchOrder.FocusCountry, region = PlaceSearchOrder.Region.ToArray() };
        // The exact tier only for a whole name: "Deir ez" is the start of a name, not the place called "Deir".
        var exact = NameFolding.Fold(prefix) == fold
            ? await QueryPlacesAsync(connection, GazetteerSql.SearchExact(postgres: false), parameters, cancellationToken)
            : [];
        var starting = await QueryPlacesAsync(connection, GazetteerSql.SearchPrefix(postgres: false), parameters, cancellationToken);
        var result = PlaceSearchOrder.Tiers(exact.Select(p => p.Place), starting.Select(p => p.Place), limit);
        if (result.Count < limit && fold.Length >= 3)
        {
            var contains = await QueryPlacesAsync(connection, """
                WHERE p.pid IN (SELECT n.pid FROM names n WHERE n.nid IN (SELECT rowid FROM names_fts WHERE names_fts MATCH @phrase LIMIT 500))
                ORDER BY p.population DESC, p.pid LIMIT @limit
                """, new { phrase = Quote(fold), limit }, cancellationToken);
            result.AddRange(contains.Select(p => p.Place).Where(p => result.All(r => r.Id != p.Id)).Take(limit - result.Count));
        }
        return result;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> GetLexiconNamesAsync(IReadOnlyCollection<string> focusCountries, long minWorldPopulation, CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenAsync(cancellationToken);
        var names = await connection.QueryAsync<string>(new CommandDefinition("""
            SELECT DISTINCT n.name FROM names n JOIN places p ON p.pid = n.pid
            WHERE p.country IN @focusCountries
               OR p.feature_code IN ('PCLI', 'ADM1')
               OR p.layer IN ('user', 'imported')
               OR p.id LIKE 'cur:%' OR p.id LIKE 'oa:%'
               OR (n.kind IN ('primary', 'ascii') AND p.population >= @minWorldPopulation)
            """, new { focusCountries, minWorldPopulation }, cancellationToken: cancellationToken));
        return names.Where(n => !NameFolding.IsNonLatin(n)).ToList();
    }

    /// <inheritdoc />
    public async Task<List<(string Name, Place Place)>> LoadIndexEntriesAsync(IReadOnlyCollection<string> focusCountries, long minWorldPopulation, CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CandidateRow>(new CommandDefinition($"""
            SELECT {PlaceRow.Columns}, n.name AS MatchedName, n.fold_key AS FoldKey
            FROM names n JOIN places p ON p.pid = n.pid
            WHERE p.country IN @focusCountries
               OR p.feature_code IN ('PCLI', 'ADM1')
               OR p.layer IN ('user', 'imported')
               OR p.id LIKE 'cur:%' OR p.id LIKE 'oa:%'
               OR (n.kind IN ('primary', 'ascii') AND p.population >= @minWorldPopulation)
            ORDER BY p.pid, n.name
            """, new { focusCountries, minWorldPopulation }, cancellationToken: cancellationToken));
        return CandidateRanking.IndexEntries(rows);
    }

    /// <summary>Places matching a WHERE clause over <c>places p</c>, with their row ids.</summary>
    internal static async Task<List<(long Pid, Place Place)>> QueryPlacesAsync(SqliteConnection connection, string where, object parameters, CancellationToken cancellationToken,
        string columns = PlaceRow.Columns)
    {
        var rows = await connection.QueryAsync<PlaceRow>(new CommandDefinition($"SELECT {columns} FROM places p {where}", parameters, cancellationToken: cancellationToken));
        return rows.Select(r => (r.Pid, r.ToPlace())).ToList();
    }

    private static async Task<IEnumerable<GeoCandidate>> FuzzyAsync(SqliteConnection connection, string fold, CancellationToken cancellationToken)
    {
        var trigrams = Enumerable.Range(0, fold.Length - 2).Select(i => fold.Substring(i, 3)).Where(t => !t.Contains(' ')).Distinct().Select(Quote).ToList();
        if (trigrams.Count == 0)
        {
            return [];
        }
        var rows = await connection.QueryAsync<CandidateRow>(new CommandDefinition($"""
            SELECT {PlaceRow.Columns}, n.name AS MatchedName, n.fold_key AS FoldKey
            FROM names n JOIN places p ON p.pid = n.pid
            WHERE n.nid IN (SELECT rowid FROM names_fts WHERE names_fts MATCH @query ORDER BY rank LIMIT @pool)
            """, new { query = string.Join(" OR ", trigrams), pool = CandidateRanking.FuzzyPool }, cancellationToken: cancellationToken));
        return CandidateRanking.Fuzzy(rows, fold);
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";

}
