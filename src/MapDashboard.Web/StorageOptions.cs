using MapDashboard.Data;

namespace MapDashboard.Web;

/// <summary>Where the event store lives, bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    /// <summary><c>Sqlite</c> (default: MapDashboard:EventDatabase or data/mapdashboard.db) or <c>Postgres</c>.</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>For PostgreSQL: an Npgsql connection string or a postgres://user:password@host:port/database URL.</summary>
    public string? ConnectionString { get; set; }
}
