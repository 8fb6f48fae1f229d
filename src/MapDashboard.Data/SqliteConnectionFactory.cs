using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data;

/// <summary>Opens SQLite connections with the pragmas every store relies on (WAL, foreign keys, busy timeout).</summary>
public sealed class SqliteConnectionFactory : IStoreConnectionFactory
{
    private readonly string _connectionString;

    /// <summary>Creates a factory for the database file at <paramref name="path"/>, creating its folder if needed.</summary>
    public SqliteConnectionFactory(string path, bool readOnly = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        if (!readOnly)
        {
            var folder = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        ReadOnly = readOnly;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
    }

    /// <summary>The absolute path of the database file.</summary>
    public string Path { get; }

    /// <summary>Whether connections are opened read-only.</summary>
    public bool ReadOnly { get; }

    /// <inheritdoc />
    public StoreProvider Provider => StoreProvider.Sqlite;

    /// <inheritdoc />
    public string Description => Path;

    /// <inheritdoc />
    async Task<DbConnection> IStoreConnectionFactory.OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    /// <summary>Opens a connection and applies the per-connection pragmas.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ReadOnly
            ? "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;"
            : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
