using System.Data.Common;
using Dapper;

namespace MapDashboard.Data.Store;

/// <summary>
/// The connection a run of SQLite batches (<see cref="EventStore.IngestBatchAsync(IReadOnlyList{StoredArticle}, SqliteBatchSession?, CancellationToken)"/>)
/// writes on, kept open from one batch to the next with the batch settings (<see cref="BatchSettings"/>), and handed back
/// to the pool with the defaults when the run ends (<see cref="DisposeAsync"/>). A batch on a connection of its own
/// starts with SQLite's default page cache of 2 MB, fills the batch cache, and gives it back at its end, so every batch read its
/// working set (the band keys' and the events' indexes, spread over the whole file) from the file again; a connection
/// kept for the run keeps its cache between the batches, which SQLite keeps valid by itself (another connection's commit
/// in between empties it). Only the connection is shared: each batch is still one transaction, each article written
/// alone (<see cref="ArticleBatchWriter"/>), and nothing about durability changes (issue 18).
/// </summary>
internal sealed class SqliteBatchSession(IStoreConnectionFactory factory) : IAsyncDisposable
{
    /// <summary>
    /// The settings of a SQLite connection while it writes batches: a 128 MB page cache, and temporary storage in memory.
    /// The cache was 64 MB while every batch opened a connection of its own and freed its cache page by page at the end,
    /// which fragmented the heap (a 96 MB cache then peaked at 1,000 MiB over the 100,000-article backlog); kept for the
    /// session, 128 MB peaked at 519-547 MB ingesting 20,000 articles into an 18,583-article store (64 MB: 455-480 MB),
    /// with less system time (fewer pages read again from the file; issue 18, BENCHMARKS.md session 26).
    /// A statement that may fail halfway, and an article written under its own savepoint (<see cref="ArticleBatchWriter"/>),
    /// make SQLite copy every page it changes first into the sub-journal, so that a refused article can be rolled back alone; past 64 KB that journal spills into
    /// a temporary file, and writing it was a quarter of the writer's SQLite time (issue 18). In memory it is freed at
    /// each release. The sub-journal is no part of crash recovery (a killed transaction is undone from the WAL), so
    /// durability is unchanged; <c>temp_store</c> takes effect from the next transaction, hence before BEGIN.
    /// </summary>
    internal const string BatchSettings = "PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY";

    /// <summary>The defaults a connection goes back to the pool with.</summary>
    internal const string DefaultSettings = "PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT";

    private DbConnection? _connection;
    private long? _dataVersion;

    /// <summary>What the writer learnt in the session's transactions (<see cref="WriterMemo"/>), kept while no other connection writes.</summary>
    private readonly WriterMemo _memo = new();

    /// <summary>How many connections the session opened (tests: one for a run whose batches all went through).</summary>
    internal int Opened { get; private set; }

    /// <summary>How many of the session's batches were rolled back whole for a refused article and written again under savepoints (tests).</summary>
    internal int RolledBack { get; set; }

    /// <summary>The session's connection with the batch settings, opened at the first batch (or after <see cref="DropAsync"/>).</summary>
    public async Task<DbConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        if (_connection is { } open)
        {
            return open;
        }
        var connection = await factory.OpenConnectionAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(BatchSettings, cancellationToken: cancellationToken));
        }
        catch
        {
            await RestoreAsync(connection);
            throw;
        }
        Opened++;
        return _connection = connection;
    }

    /// <summary>
    /// The memo of the session's earlier transactions for the transaction just begun on its connection, or a forgotten one
    /// when another connection committed since (<c>PRAGMA data_version</c>, which only another connection's commit
    /// changes; read inside the transaction, which holds the write lock from its BEGIN IMMEDIATE, so no commit can come
    /// between the check and the transaction's writes). What it holds stays true from one transaction to the next while
    /// only this connection adds rows: a band key's holders and the highest ids only grow (whatever removes rows in a
    /// transaction forgets it there, and a batch that did not go through drops the connection and the memo with it).
    /// </summary>
    public async Task<WriterMemo> MemoAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        var version = await _connection!.ExecuteScalarAsync<long>(new CommandDefinition("PRAGMA data_version", transaction: transaction,
            cancellationToken: cancellationToken));
        if (version != _dataVersion)
        {
            _memo.Forget();
            _dataVersion = version;
        }
        return _memo;
    }

    /// <summary>
    /// Hands the connection back (after a batch that did not go through: whatever state it is in, the next batch starts on
    /// another), with the default settings.
    /// </summary>
    public async Task DropAsync()
    {
        _memo.Forget();
        _dataVersion = null;
        if (_connection is { } connection)
        {
            _connection = null;
            await RestoreAsync(connection);
        }
    }

    public async ValueTask DisposeAsync() => await DropAsync();

    /// <summary>
    /// Sets a SQLite connection's page cache and temporary storage back to the defaults (no transaction is open: committed,
    /// or rolled back when disposed) and closes it. A connection that cannot be reset is not used again: the pool drops it.
    /// </summary>
    private static async Task RestoreAsync(DbConnection connection)
    {
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(DefaultSettings, cancellationToken: CancellationToken.None));
        }
        catch (DbException)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool((Microsoft.Data.Sqlite.SqliteConnection)connection);
        }
        await connection.DisposeAsync();
    }
}
