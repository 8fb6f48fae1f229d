using Dapper;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geo;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Gazetteer;

/// <summary>The gazetteer lookups over the bundled SQLite database (read-only).</summary>
public sealed class SqliteGazetteer : IGazetteer
{
    private const string PlaceColumns = """
        p.pid AS Pid, p.id AS Id, p.name AS Name, p.lat AS Lat, p.lon AS Lon, p.feature_class AS FeatureClass,
        p.feature_code AS FeatureCode, p.country AS Country, p.admin1 AS Admin1, p.admin2 AS Admin2,
        p.population AS Population, p.source AS Source, p.wkt AS Wkt
        """;

    private readonly SqliteConnectionFactory _factory;

    /// <summary>Opens the gazetteer at <paramref name="databasePath"/>; throws a clear error when it was never built.</summary>
    public SqliteGazetteer(string databasePath)
    {
        if (!File.Exists(databasePath))
        {
            throw new FileNotFoundException($"Gazetteer database '{databasePath}' does not exist: run `./mapdash gazetteer build`.", databasePath);
        }
        _factory = new SqliteConnectionFactory(databasePath, readOnly: true);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GeoCandidate>> FindCandidatesAsync(string surfaceForm, int limit = 25, CancellationToken cancellationToken = default)
    {
        var surface = surfaceForm.Trim();
        var fold = NameFolding.Fold(surface);
        if (fold.Length == 0)
        {
            return [];
        }
        var skeleton = NameFolding.Skeleton(surface);
        await using var connection = await _factory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CandidateRow>(new CommandDefinition($"""
            SELECT {PlaceColumns}, n.name AS MatchedName, n.fold_key AS FoldKey
            FROM names n JOIN places p ON p.pid = n.pid
            WHERE n.fold_key = @fold OR (n.skeleton_key = @skeleton AND length(@skeleton) >= 2)
            LIMIT 5000
            """, new { fold, skeleton }, cancellationToken: cancellationToken));

        var candidates = rows.Select(r => ToCandidate(r, surface, fold)).ToList();
        if (candidates.Count == 0 && fold.Length >= 4)
        {
            candidates = (await FuzzyAsync(connection, fold, cancellationToken)).ToList();
        }
        return candidates
            .GroupBy(c => c.Place.Id)
            .Select(g => g.OrderBy(c => c.Kind).ThenByDescending(c => c.Score).First())
            .OrderBy(c => c.Kind)
            .ThenByDescending(c => c.Score)
            .ThenByDescending(c => Prominence(c.Place))
            .Take(limit)
            .ToList();
    }

    /// <inheritdoc />
    public async Task<Place?> GetByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenAsync(cancellationToken);
        var places = await QueryPlacesAsync(connection, "WHERE p.id = @id", new { id }, cancellationToken);
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
            ORDER BY p.population DESC LIMIT @limit
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
        var places = await QueryPlacesAsync(connection, """
            WHERE p.pid IN (SELECT pid FROM names WHERE fold_key >= @fold AND fold_key < @upper)
            ORDER BY CASE WHEN p.feature_class = 'A' THEN 0 ELSE 1 END, p.population DESC LIMIT @limit
            """, new { fold, upper = fold + "\uffff", limit }, cancellationToken);
        var result = places.Select(p => p.Place).ToList();
        if (result.Count < limit && fold.Length >= 3)
        {
            var contains = await QueryPlacesAsync(connection, """
                WHERE p.pid IN (SELECT n.pid FROM names n WHERE n.nid IN (SELECT rowid FROM names_fts WHERE names_fts MATCH @phrase LIMIT 500))
                ORDER BY p.population DESC LIMIT @limit
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

    /// <summary>
    /// (name, place) pairs for the geoparser's in-memory index: every Latin-script name of places in the focus
    /// countries, of countries, first-level divisions, facilities, curated and user places, and the primary and ASCII
    /// names of populated places elsewhere with at least <paramref name="minWorldPopulation"/> people.
    /// </summary>
    public async Task<List<(string Name, Place Place)>> LoadIndexEntriesAsync(IReadOnlyCollection<string> focusCountries, long minWorldPopulation, CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CandidateRow>(new CommandDefinition($"""
            SELECT {PlaceColumns}, n.name AS MatchedName, n.fold_key AS FoldKey
            FROM names n JOIN places p ON p.pid = n.pid
            WHERE p.country IN @focusCountries
               OR p.feature_code IN ('PCLI', 'ADM1')
               OR p.layer IN ('user', 'imported')
               OR p.id LIKE 'cur:%' OR p.id LIKE 'oa:%'
               OR (n.kind IN ('primary', 'ascii') AND p.population >= @minWorldPopulation)
            """, new { focusCountries, minWorldPopulation }, cancellationToken: cancellationToken));
        var places = new Dictionary<long, Place>();
        var result = new List<(string, Place)>();
        foreach (var row in rows)
        {
            if (NameFolding.IsNonLatin(row.MatchedName))
            {
                continue;
            }
            if (!places.TryGetValue(row.Pid, out var place))
            {
                place = row.ToPlace();
                places[row.Pid] = place;
            }
            result.Add((row.MatchedName, place));
        }
        return result;
    }

    /// <summary>Places matching a WHERE clause over <c>places p</c>, with their row ids.</summary>
    internal static async Task<List<(long Pid, Place Place)>> QueryPlacesAsync(SqliteConnection connection, string where, object parameters, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<PlaceRow>(new CommandDefinition($"SELECT {PlaceColumns} FROM places p {where}", parameters, cancellationToken: cancellationToken));
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
            SELECT {PlaceColumns}, n.name AS MatchedName, n.fold_key AS FoldKey
            FROM names n JOIN places p ON p.pid = n.pid
            WHERE n.nid IN (SELECT rowid FROM names_fts WHERE names_fts MATCH @query ORDER BY rank LIMIT 300)
            """, new { query = string.Join(" OR ", trigrams) }, cancellationToken: cancellationToken));
        return rows
            .Select(r => (Row: r, Similarity: Similarity(fold, r.FoldKey)))
            .Where(x => x.Similarity >= 0.75)
            .Select(x => new GeoCandidate(x.Row.ToPlace(), MatchKind.Fuzzy, 0.5 * x.Similarity, x.Row.MatchedName));
    }

    private static GeoCandidate ToCandidate(CandidateRow row, string surface, string fold)
    {
        if (string.Equals(row.MatchedName, surface, StringComparison.OrdinalIgnoreCase))
        {
            return new GeoCandidate(row.ToPlace(), MatchKind.Exact, 1.0, row.MatchedName);
        }
        if (row.FoldKey == fold)
        {
            return new GeoCandidate(row.ToPlace(), MatchKind.Folded, 0.92, row.MatchedName);
        }
        return new GeoCandidate(row.ToPlace(), MatchKind.Skeleton, 0.55 + 0.3 * Similarity(fold, row.FoldKey), row.MatchedName);
    }

    /// <summary>How prominent a place is: countries and governorates first, then by population.</summary>
    private static double Prominence(Place place) => place.FeatureCode switch
    {
        "PCLI" => 1e10,
        "ADM1" => 1e9,
        "PPLC" => 1e8 + place.Population,
        _ => place.Population,
    };

    /// <summary>1 minus the normalized Levenshtein distance.</summary>
    internal static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return 1.0 - (double)previous[b.Length] / Math.Max(a.Length, b.Length);
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";

    private class PlaceRow
    {
        public long Pid { get; set; }
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public double Lat { get; set; }
        public double Lon { get; set; }
        public string FeatureClass { get; set; } = "";
        public string FeatureCode { get; set; } = "";
        public string? Country { get; set; }
        public string? Admin1 { get; set; }
        public string? Admin2 { get; set; }
        public long Population { get; set; }
        public string Source { get; set; } = "";
        public string? Wkt { get; set; }

        public Place ToPlace() => new(Id, Name, Lat, Lon, FeatureClass, FeatureCode, Country, Admin1, Admin2, Population, Source, Wkt);
    }

    private sealed class CandidateRow : PlaceRow
    {
        public string MatchedName { get; set; } = "";
        public string FoldKey { get; set; } = "";
    }
}
