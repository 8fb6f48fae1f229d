using MapDashboard.Data;

namespace MapDashboard.Web;

/// <summary>
/// The event store the dashboard reads and writes: a SQLite file (the default) or a PostgreSQL database shared with other
/// dashboard servers (<c>Storage:Provider = Postgres</c>).
/// </summary>
public sealed class EventStoreLocation : IAsyncDisposable
{
    private EventStoreLocation(IStoreConnectionFactory writer, IStoreConnectionFactory reader, string? path)
    {
        Writer = writer;
        Reader = reader;
        Path = path;
    }

    /// <summary>A SQLite store in the file at <paramref name="path"/>.</summary>
    public static EventStoreLocation Sqlite(string path) =>
        new(new SqliteConnectionFactory(path), new SqliteConnectionFactory(path, readOnly: true), System.IO.Path.GetFullPath(path));

    /// <summary>A PostgreSQL store at a connection string or postgres:// URL.</summary>
    public static EventStoreLocation Postgres(string connectionString) =>
        new(Data.Postgres.PostgresConnectionFactory.Create(connectionString), Data.Postgres.PostgresConnectionFactory.Create(connectionString, readOnly: true), null);

    /// <summary>Connections that may write.</summary>
    public IStoreConnectionFactory Writer { get; }

    /// <summary>Read-only connections (every page and API read).</summary>
    public IStoreConnectionFactory Reader { get; }

    /// <summary>The engine.</summary>
    public StoreProvider Provider => Writer.Provider;

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? Path { get; }

    /// <summary>Where the store is, for logs and /healthz (never a password).</summary>
    public string Description => Writer.Description;

    /// <summary>Whether there is a store to read yet (a SQLite file appears with the first ingest; PostgreSQL's schema is made at start-up).</summary>
    public bool Exists => Path is null || File.Exists(Path);

    /// <summary>Closes the PostgreSQL pools (nothing to close for SQLite).</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var factory in new[] { Writer, Reader })
        {
            if (factory is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }
}
