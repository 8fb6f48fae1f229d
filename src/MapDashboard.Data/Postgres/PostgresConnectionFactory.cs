using System.Data.Common;
using Npgsql;

namespace MapDashboard.Data.Postgres;

/// <summary>
/// Opens pooled connections to a PostgreSQL store through one <see cref="NpgsqlDataSource"/> (the pool), owned by this
/// factory: whoever creates it disposes it (the web host's container, a command, a test). Share one factory to share the
/// pool. Read-only factories open sessions with <c>default_transaction_read_only</c>, so a read path cannot write by mistake.
/// </summary>
public sealed class PostgresConnectionFactory : IStoreConnectionFactory, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    private PostgresConnectionFactory(string connectionString, bool readOnly)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // The store's statements are short index-range reads and writes; JIT compilation (on by default since PostgreSQL
        // 12) cost more than whole statements at 10M events when the planner overestimated their rows.
        builder.Options = (builder.Options + " -c jit=off").Trim();
        if (readOnly)
        {
            builder.Options = (builder.Options + " -c default_transaction_read_only=on").Trim();
        }
        ConnectionString = builder.ConnectionString;
        ReadOnly = readOnly;
        Description = $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    /// <summary>A factory with a pool of its own; the caller disposes it.</summary>
    public static PostgresConnectionFactory Create(string location, bool readOnly = false) =>
        new(PostgresConnectionString.Normalize(location), readOnly);

    /// <inheritdoc />
    public StoreProvider Provider => StoreProvider.Postgres;

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public bool ReadOnly { get; }

    /// <summary>The Npgsql connection string (with the password, if any).</summary>
    public string ConnectionString { get; }

    /// <summary>The data source, for what only Npgsql offers (binary COPY, LISTEN).</summary>
    public NpgsqlDataSource DataSource => _dataSource;

    /// <summary>Opens a pooled connection.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc />
    async Task<DbConnection> IStoreConnectionFactory.OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    /// <summary>Closes the pool's connections.</summary>
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>Closes the pool's connections.</summary>
    public void Dispose() => _dataSource.Dispose();
}
