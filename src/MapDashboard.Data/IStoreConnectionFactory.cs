using System.Data.Common;

namespace MapDashboard.Data;

/// <summary>Opens connections to one store database, SQLite or PostgreSQL; the stores speak to either through it.</summary>
public interface IStoreConnectionFactory
{
    /// <summary>Which engine the connections reach.</summary>
    StoreProvider Provider { get; }

    /// <summary>Where the store is, for messages: a file path, or host, port and database (never a password).</summary>
    string Description { get; }

    /// <summary>Whether connections are opened read-only.</summary>
    bool ReadOnly { get; }

    /// <summary>Opens a connection ready for use.</summary>
    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default);
}
