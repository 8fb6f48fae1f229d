namespace MapDashboard.Core.Gazetteer;

/// <summary>Place lookup for the geoparser and the UI; implemented over the bundled SQLite gazetteer.</summary>
public interface IGazetteer
{
    /// <summary>Candidates for a surface form as written in an article, strongest match kind first.</summary>
    Task<IReadOnlyList<GeoCandidate>> FindCandidatesAsync(string surfaceForm, int limit = 25, CancellationToken cancellationToken = default);

    /// <summary>
    /// Candidates whose name matches the surface form as written, folded or by its consonant skeleton, never a fuzzy
    /// match: for matching the named points of other sources (control snapshots, ACLED locations) to places.
    /// </summary>
    Task<IReadOnlyList<GeoCandidate>> FindNamedAsync(string surfaceForm, int limit = 25, CancellationToken cancellationToken = default);

    /// <summary>The place with this id, or null.</summary>
    Task<Place?> GetByIdAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The places nearest to a point, nearest first, with their distance in km.</summary>
    Task<IReadOnlyList<(Place Place, double DistanceKm)>> NearestAsync(double lat, double lon, int limit = 10, CancellationToken cancellationToken = default);

    /// <summary>Places inside a lon/lat rectangle, most populous first.</summary>
    Task<IReadOnlyList<Place>> InBoundingBoxAsync(double minLon, double minLat, double maxLon, double maxLat, int limit = 500, CancellationToken cancellationToken = default);

    /// <summary>Places whose names start with (or contain) the typed text, for search boxes.</summary>
    Task<IReadOnlyList<Place>> AutocompleteAsync(string prefix, int limit = 10, CancellationToken cancellationToken = default);

    /// <summary>
    /// The Latin-script names the geoparser's matcher is built from, once at start-up: every name of places in the
    /// focus countries, and the primary names of countries, first-level divisions, curated and user places, and of
    /// populated places elsewhere with at least <paramref name="minWorldPopulation"/> people.
    /// </summary>
    Task<IReadOnlyList<string>> GetLexiconNamesAsync(IReadOnlyCollection<string> focusCountries, long minWorldPopulation, CancellationToken cancellationToken = default);
}
