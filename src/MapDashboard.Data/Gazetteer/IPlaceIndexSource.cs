using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer;

/// <summary>Where the geoparser's in-memory place index is loaded from: the SQLite or the PostgreSQL gazetteer.</summary>
public interface IPlaceIndexSource
{
    /// <summary>Where a prebuilt index of this gazetteer is kept (beside a SQLite file), or null when none is kept.</summary>
    string? PrebuiltIndexPath { get; }

    /// <summary>
    /// What identifies the gazetteer's current content (its build and a count of every change since), or null when the
    /// gazetteer keeps no such count (built by an older version): a prebuilt index is used only when its stamp matches.
    /// </summary>
    Task<string?> ReadStampAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// (name, place) pairs for the geoparser's in-memory index: every Latin-script name of places in the focus
    /// countries, of countries, first-level divisions, facilities, curated and user places, and the primary and ASCII
    /// names of populated places elsewhere with at least <paramref name="minWorldPopulation"/> people.
    /// </summary>
    Task<List<(string Name, Place Place)>> LoadIndexEntriesAsync(IReadOnlyCollection<string> focusCountries, long minWorldPopulation, CancellationToken cancellationToken = default);
}
