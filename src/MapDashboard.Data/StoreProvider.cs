namespace MapDashboard.Data;

/// <summary>The database engines a store can live in.</summary>
public enum StoreProvider
{
    /// <summary>One SQLite file on this machine: the zero-setup default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server with PostGIS, shared by several dashboard servers and command-line ingesters.</summary>
    Postgres,
}
