using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer;

/// <summary>Adds an analyst's own places to the gazetteer's user layer (kept across rebuilds), on SQLite or PostgreSQL.</summary>
public interface IUserPlaceWriter
{
    /// <summary>
    /// Adds one place an analyst dropped on the map to the user layer and returns it; its country and first-level
    /// division are those of the nearest gazetteer place within 50 km. Bad input throws an <see cref="ArgumentException"/>.
    /// </summary>
    Task<Place> AddUserPlaceAsync(string name, IReadOnlyList<string> alternateNames, double lat, double lon, string featureCode, string source,
        CancellationToken cancellationToken = default);
}
