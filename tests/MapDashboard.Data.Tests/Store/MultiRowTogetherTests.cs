using Dapper;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// Issue 18.4: several tables' multi-row inserts sent as one command (one round trip on PostgreSQL); past the parameter
/// limit the statements are spread over more commands, every row still inserted once and in order.
/// </summary>
public sealed class MultiRowTogetherTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public async Task StatementsSentTogether_InsertEveryRowOnceInOrder_AlsoPastTheParameterLimit(StoreProvider provider)
    {
        await using var db = await TestStore.CreateAsync(provider);
        await using var connection = await db.OpenAsync();
        var serial = provider == StoreProvider.Postgres ? "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY" : "INTEGER PRIMARY KEY";
        await connection.ExecuteAsync($"CREATE TABLE together_a (seq {serial}, n bigint NOT NULL, label text)");
        await connection.ExecuteAsync($"CREATE TABLE together_b (seq {serial}, n bigint NOT NULL)");
        var insertA = MultiRowInsert.Of("INSERT INTO together_a (n, label) VALUES (@N, @Label)");
        var insertB = MultiRowInsert.Of("INSERT INTO together_b (n) VALUES (@N)");

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            // 3 rows, 20,000 rows (40,000 parameters: more than one statement allows), none, then 5 more of the first table.
            await MultiRowInsert.ExecuteTogetherAsync(connection, transaction, [
                (insertA, Enumerable.Range(0, 3).Select(i => (object)new { N = (long)i, Label = (string?)$"first {i}" }).ToList()),
                (insertB, Enumerable.Range(0, 20_000).Select(i => (object)new { N = (long)i }).ToList()),
                (insertB, []),
                (insertA, Enumerable.Range(3, 5).Select(i => (object)new { N = (long)i, Label = (string?)null }).ToList()),
            ], CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.Equal(Enumerable.Range(0, 8).Select(i => (long)i), await connection.QueryAsync<long>("SELECT n FROM together_a ORDER BY seq"));
        Assert.Equal(["first 0", "first 1", "first 2", null, null, null, null, null],
            await connection.QueryAsync<string?>("SELECT label FROM together_a ORDER BY seq"));
        Assert.Equal(Enumerable.Range(0, 20_000).Select(i => (long)i), await connection.QueryAsync<long>("SELECT n FROM together_b ORDER BY seq"));
    }
}
