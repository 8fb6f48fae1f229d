using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer;

/// <summary>Where the geoparser's in-memory place index is loaded from: the SQLite or the PostgreSQL gazetteer.</summary>
public interface IPlaceIndexSource
{
    /// <summary>
    /// (name, place) pairs for the geoparser's in-memory index: every Latin-script name of places in the focus
    /// countries, of countries, first-level divisions, facilities, curated and user places, and the primary and ASCII
    /// names of populated places elsewhere with at least <paramref name="minWorldPopulation"/> people.
    /// </summary>
    Task<List<(string Name, Place Place)>> LoadIndexEntriesAsync(IReadOnlyCollection<string> focusCountries, long minWorldPopulation, CancellationToken cancellationToken = default);
}
