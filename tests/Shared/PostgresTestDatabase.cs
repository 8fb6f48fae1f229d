using Npgsql;

namespace MapDashboard.Tests.Shared;

/// <summary>
/// A fresh, empty PostgreSQL database on the test server for one test class, dropped at the end. The server is the one
/// <c>./test.sh</c> starts (scripts/pg-test-server.sh) and names in <c>MAPDASH_TEST_POSTGRES</c>, an Npgsql connection
/// string for a role that may create databases and extensions. Without it the tests fail with that instruction: they
/// never pass by not running.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    /// <summary>The variable naming the test server.</summary>
    public const string Variable = "MAPDASH_TEST_POSTGRES";

    private readonly string _adminConnectionString;

    private PostgresTestDatabase(string adminConnectionString, string name, string connectionString)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>An Npgsql connection string for the new database.</summary>
    public string ConnectionString { get; }

    /// <summary>The connection string of the server's maintenance database, from <see cref="Variable"/>.</summary>
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: these tests need a PostgreSQL server with PostGIS. Run ./test.sh, which starts one, or "
                + $"`eval \"$(scripts/pg-test-server.sh start)\"` before `dotnet test`.");

    /// <summary>
    /// Creates a database with a unique name: empty, or a copy of <paramref name="template"/> (a database nobody is
    /// connected to; copying one that holds a migrated schema is much faster than migrating each time).
    /// </summary>
    public static async Task<PostgresTestDatabase> CreateAsync(string prefix = "mdtest", string? template = null)
    {
        var admin = AdminConnectionString;
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 33)].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            var sql = template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"";
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var command = new NpgsqlCommand(sql, connection);
                    await command.ExecuteNonQueryAsync();
                    break;
                }
                catch (PostgresException ex) when (ex.SqlState == "55006" && attempt < 20)
                {
                    // "source database is being accessed by other users": another test is copying the template right now.
                    await Task.Delay(100 * attempt);
                }
            }
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true };
        return new PostgresTestDatabase(admin, name, builder.ConnectionString);
    }

    /// <summary>Drops the database, closing whatever connections are still open to it.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
