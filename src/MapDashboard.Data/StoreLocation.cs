using MapDashboard.Data.Postgres;

namespace MapDashboard.Data;

/// <summary>
/// Reads where a store is from one string, as the command line and configuration give it: a <c>postgres://</c> or
/// <c>postgresql://</c> URL, or an Npgsql connection string (<c>Host=...;Database=...</c>), is a PostgreSQL store; anything
/// else is the path of a SQLite file.
/// </summary>
public static class StoreLocation
{
    /// <summary>Whether <paramref name="location"/> names a PostgreSQL store.</summary>
    public static bool IsPostgres(string location) =>
        PostgresConnectionString.IsUrl(location) || location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>A connection factory for the store at <paramref name="location"/> (a PostgreSQL one owns a pool: dispose it).</summary>
    public static IStoreConnectionFactory Open(string location, bool readOnly = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return IsPostgres(location)
            ? PostgresConnectionFactory.Create(location, readOnly)
            : new SqliteConnectionFactory(location, readOnly);
    }
}
