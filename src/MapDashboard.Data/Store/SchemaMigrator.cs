using System.Reflection;
using System.Text.RegularExpressions;
using System.Data.Common;
using Dapper;
using Npgsql;

namespace MapDashboard.Data.Store;

/// <summary>
/// Applies the versioned SQL scripts embedded under Store/Migrations (NNNN_name.sql; SQLite) or Store/Migrations/Postgres
/// (PostgreSQL) in order, each in its own transaction, and records them in schema_migrations so a script runs once per
/// database. Numbers need not be contiguous, and a script missing from a database is applied even when the database has a
/// higher one. The two providers number their scripts apart: PostgreSQL's 0001 is SQLite's 0001 to 0006 at once, and a
/// schema change from now on needs a script in each folder. On PostgreSQL an advisory lock serialises migrations, so
/// several dashboard servers may start at once.
/// </summary>
public sealed partial class SchemaMigrator
{
    private readonly IReadOnlyList<Migration> _migrations;

    private const string SqlitePrefix = "MapDashboard.Data.Store.Migrations.";
    private const string PostgresPrefix = "MapDashboard.Data.Store.Migrations.Postgres.";

    /// <summary>An arbitrary constant: the key of the advisory lock migrations hold on PostgreSQL.</summary>
    private const long PostgresLockKey = 0x4d61704461736821;

    /// <summary>Creates a migrator over the SQLite event store's embedded scripts.</summary>
    public SchemaMigrator()
        : this(StoreProvider.Sqlite)
    {
    }

    /// <summary>Creates a migrator over the embedded scripts of a provider's event store.</summary>
    public SchemaMigrator(StoreProvider provider)
        : this(provider == StoreProvider.Postgres
            ? LoadEmbedded(typeof(SchemaMigrator).Assembly, PostgresPrefix)
            : LoadEmbedded(typeof(SchemaMigrator).Assembly, SqlitePrefix))
    {
    }

    /// <summary>Creates a migrator over the given scripts (tests use this).</summary>
    public SchemaMigrator(IEnumerable<Migration> migrations)
    {
        _migrations = migrations.OrderBy(m => m.Version).ToList();
        var duplicate = _migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two migrations share version {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}");
        }
    }

    /// <summary>The scripts this migrator knows, in order.</summary>
    public IReadOnlyList<Migration> Migrations => _migrations;

    /// <summary>The newest schema version this build knows.</summary>
    public long LatestVersion => _migrations.Count == 0 ? 0 : _migrations[^1].Version;

    /// <summary>Applies every script newer than the database's version; returns the versions applied.</summary>
    public async Task<IReadOnlyList<long>> MigrateAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        var postgres = connection is NpgsqlConnection;
        if (postgres)
        {
            // No time limit: another server may be migrating a large store.
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@PostgresLockKey)", new { PostgresLockKey }, commandTimeout: 0, cancellationToken: cancellationToken));
        }
        try
        {
            return await MigrateLockedAsync(connection, cancellationToken);
        }
        finally
        {
            if (postgres)
            {
                await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@PostgresLockKey)", new { PostgresLockKey }, cancellationToken: CancellationToken.None));
            }
        }
    }

    private async Task<IReadOnlyList<long>> MigrateLockedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            cancellationToken: cancellationToken));
        var done = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_migrations", cancellationToken: cancellationToken))).ToHashSet();
        var current = done.Count == 0 ? 0 : done.Max();
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"Database '{connection.DataSource}' has schema version {current}, newer than this build's {LatestVersion}; upgrade MapDashboard.");
        }

        var applied = new List<long>();
        // Every script not yet recorded, not only those above the highest: scripts written on parallel branches can land
        // with a lower number than one a database already has.
        foreach (var migration in _migrations.Where(m => !done.Contains(m.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, commandTimeout: 0, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                    new { migration.Version, migration.Name, AppliedAt = DateTime.UtcNow.ToString("O") },
                    transaction, cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbException ex)
            {
                throw new InvalidOperationException($"Migration {migration.Version} ({migration.Name}) failed: {ex.Message}", ex);
            }
            applied.Add(migration.Version);
        }
        return applied;
    }

    /// <summary>Reads embedded resources named <c>prefix + NNNN_name.sql</c>.</summary>
    public static IReadOnlyList<Migration> LoadEmbedded(Assembly assembly, string prefix)
    {
        var result = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var file = resource[prefix.Length..];
            if (file.Count(c => c == '.') > 1)
            {
                continue; // a subfolder's script (another provider's)
            }
            var match = ScriptName().Match(file);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration resource '{resource}' is not named NNNN_name.sql");
            }
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            result.Add(new Migration(long.Parse(match.Groups[1].Value), match.Groups[2].Value, reader.ReadToEnd()));
        }
        return result;
    }

    [GeneratedRegex(@"^(\d{4})_([A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ScriptName();
}
