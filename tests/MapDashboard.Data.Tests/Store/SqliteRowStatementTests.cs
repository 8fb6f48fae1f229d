using MapDashboard.Data.Store;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// Issue 18: the SQLite writer's row statements bound by index (<see cref="SqliteRowStatement"/>) store what
/// Microsoft.Data.Sqlite's by-name binding stored, value for value and type for type, and fail as it failed.
/// </summary>
public sealed class SqliteRowStatementTests
{
    private const string Create = "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE, n INTEGER, big INTEGER, x REAL, f REAL, flag INTEGER, blob BLOB, maybe INTEGER)";
    private const string Insert = """
        INSERT INTO t (name, n, big, x, f, flag, blob, maybe) VALUES (@Name, @N, @Big, @X, @F, @Flag, @Blob, @Maybe)
        ON CONFLICT (name) DO NOTHING RETURNING id
        """;

    private sealed record Row(string? Name, int N, long? Big, double? X, float F, bool Flag, byte[]? Blob, int? Maybe);

    private static readonly Row[] Rows =
    [
        new("Aleppo", 3, 1L << 40, 36.2, 1.5f, true, [1, 2, 3], 7),
        new("Kharkiv", -12, null, null, 0.25f, false, [], null),
        new(null, 0, long.MinValue, -0.0, float.MaxValue, true, null, int.MaxValue),
        new("Lagos, Ikeja", int.MaxValue, 0, 1e-300, -3.75f, false, new byte[300], -1),
    ];

    private static async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        using var create = connection.CreateCommand();
        create.CommandText = Create;
        create.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Every row's columns as (SQLite's type name, value as text), in id order.</summary>
    private static List<string> Stored(SqliteConnection connection)
    {
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT " + string.Join(", ", "name n big x f flag blob maybe".Split(' ').Select(c => $"typeof({c}) || ':' || quote({c})")) + " FROM t ORDER BY id";
        using var reader = read.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)));
        }
        return rows;
    }

    [Fact]
    public async Task RowsBoundByIndex_AreStoredAsMicrosoftDataSqliteStoresThem()
    {
        await using var byName = await OpenAsync();
        foreach (var row in Rows)
        {
            using var command = byName.CreateCommand();
            command.CommandText = Insert;
            foreach (var property in typeof(Row).GetProperties())
            {
                command.Parameters.AddWithValue("@" + property.Name, property.GetValue(row) ?? DBNull.Value);
            }
            command.ExecuteScalar();
        }

        await using var byIndex = await OpenAsync();
        await using var transaction = await byIndex.BeginTransactionAsync();
        using var commands = StoreCommands.For(byIndex, transaction);
        var ids = new List<long?>();
        foreach (var row in Rows)
        {
            ids.Add(await commands.ScalarAsync(Insert, row, CancellationToken.None));
        }
        Assert.Equal(1, commands.BoundByIndex);
        Assert.Equal([1, 2, 3, 4], ids);
        Assert.Equal(Stored(byName), Stored(byIndex));
        Assert.Contains("blob:X''", Stored(byIndex)[1]); // an empty array is an empty blob, not NULL
    }

    [Fact]
    public async Task ARowItDoesNotInsert_GivesNoId_AndAFailedRowLeavesTheStatementUsable()
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        using var commands = StoreCommands.For(connection, transaction);
        Assert.Equal(1, await commands.ScalarAsync(Insert, Rows[0], CancellationToken.None));
        Assert.Null(await commands.ScalarAsync(Insert, Rows[0] with { N = 99 }, CancellationToken.None)); // ON CONFLICT DO NOTHING

        const string strict = "INSERT INTO t (name, n) VALUES (@Name, @N)";
        Assert.Equal(1, await commands.ExecuteAsync(strict, new { Name = "Mosul", N = 1 }, CancellationToken.None));
        var refused = await Assert.ThrowsAsync<SqliteException>(() => commands.ExecuteAsync(strict, new { Name = "Mosul", N = 2 }, CancellationToken.None));
        Assert.Equal(19, refused.SqliteErrorCode); // SQLITE_CONSTRAINT: a DbException, so the article fails alone as before
        Assert.Equal(1, await commands.ExecuteAsync(strict, new { Name = "Tikrit", N = 3 }, CancellationToken.None));
        Assert.Throws<InvalidOperationException>(() => commands.ExecuteAsync(Insert, Rows[0] with { Name = "Homs", X = double.NaN }, CancellationToken.None).GetAwaiter().GetResult());
        Assert.Equal(3L, (long)new SqliteCommand("SELECT COUNT(*) FROM t", connection, (SqliteTransaction)transaction).ExecuteScalar()!);
    }

    [Fact]
    public async Task AParameterNamedTwice_IsBoundOnce_AndAnUnbindableType_RunsAsACommandAsBefore()
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        using var commands = StoreCommands.For(connection, transaction);
        await commands.ExecuteAsync("INSERT INTO t (name, x, f) VALUES (@name, @lon, @lon)", new { name = "Goma", lon = 29.2 }, CancellationToken.None);
        // A date is not among the types bound by index: the statement runs as a SqliteCommand, which stores it as text.
        await commands.ExecuteAsync("INSERT INTO t (name, blob) VALUES (@name, @day)", new { name = "Juba", day = new DateOnly(2024, 3, 1) }, CancellationToken.None);
        Assert.Equal(1, commands.BoundByIndex);
        Assert.Equal(["text:'Goma' | null:NULL | null:NULL | real:29.2 | real:29.2 | null:NULL | null:NULL | null:NULL",
            "text:'Juba' | null:NULL | null:NULL | null:NULL | null:NULL | null:NULL | text:'2024-03-01' | null:NULL"], Stored(connection));
    }
}
