using Dapper;
using MapDashboard.Data.Corrections;
using System.Data.Common;

namespace MapDashboard.Data.Store;

/// <summary>
/// The event store's write side: one transaction per article, idempotent by content hash, reports of the same
/// event from several articles merged into one event with several sources.
/// </summary>
public sealed class EventStore
{
    private readonly IStoreConnectionFactory _factory;

    /// <summary>Creates a store over the database the factory opens.</summary>
    public EventStore(IStoreConnectionFactory factory)
    {
        _factory = factory;
        Corrections = new CorrectionStore(factory);
    }

    /// <summary>The analysts' corrections kept in the same database.</summary>
    public CorrectionStore Corrections { get; }

    /// <summary>Creates or upgrades the schema.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        await new SchemaMigrator(_factory.Provider).MigrateAsync(connection, cancellationToken);
        await new Outlets.OutletStore(_factory).SeedAsync(cancellationToken);
    }

    /// <summary>Writes one article and everything derived from it, or nothing if any part fails.</summary>
    public async Task<IngestOutcome> IngestAsync(StoredArticle article, CancellationToken cancellationToken = default) =>
        await IngestAsync(article, reprocess: false, cancellationToken);

    /// <summary>
    /// Writes one article and everything derived from it, or nothing if any part fails; with <paramref name="reprocess"/>
    /// a stored article is replaced even when the pipeline has not changed (an analyst changed what it is based on).
    /// </summary>
    public async Task<IngestOutcome> IngestAsync(StoredArticle article, bool reprocess, CancellationToken cancellationToken = default)
    {
        return await IngestAsync(article, reprocess, RemovalCause.Reprocessing, cancellationToken);
    }

    /// <summary>
    /// <see cref="IngestAsync(StoredArticle, bool, CancellationToken)"/>, with what the tombstones of the events and mentions
    /// it removes say removed them.
    /// </summary>
    public async Task<IngestOutcome> IngestAsync(StoredArticle article, bool reprocess, RemovalCause cause, CancellationToken cancellationToken = default)
    {
        // On PostgreSQL concurrent ingesters can deadlock on the rows they share (an event two articles report, a grid
        // cell); the server aborts one of them, which then runs again from the start. SQLite serialises writers instead.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await IngestOnceAsync(article, reprocess, cause, cancellationToken);
            }
            catch (DbException ex) when (ArticleBatchWriter.IsRetryable(ex) && attempt < 5)
            {
                await Task.Delay(Random.Shared.Next(5, 50) * attempt, cancellationToken);
            }
        }
    }

    private async Task<IngestOutcome> IngestOnceAsync(StoredArticle article, bool reprocess, RemovalCause cause, CancellationToken cancellationToken)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        using var commands = StoreCommands.For(connection, transaction);
        var outcome = await ArticleRowWriter.WriteAsync(commands, article, reprocess, cause, cancellationToken);
        if (outcome.Status != IngestStatus.Unchanged)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return outcome;
    }

    /// <summary>
    /// The most articles <see cref="IngestBatchAsync"/> writes in one transaction (longer lists are split): each has its
    /// own savepoint, and a PostgreSQL session keeps up to 64 subtransactions in shared memory before every other
    /// session's visibility checks slow down.
    /// </summary>
    public const int MaxBatch = 50;

    /// <summary>
    /// The most articles <see cref="IngestBatchAsync"/> writes in one transaction on SQLite: each commit writes every page the
    /// batch changed to the WAL (and the checkpoint writes it again), and an article's 64 band keys land on pages all over
    /// their index, so more articles per commit share more of the pages written.
    /// </summary>
    public const int MaxSqliteBatch = 500;

    /// <summary>The most articles one transaction of <see cref="IngestBatchAsync"/> holds on this store.</summary>
    public int BatchLimit => _factory.Provider == StoreProvider.Sqlite ? MaxSqliteBatch : MaxBatch;

    /// <summary>
    /// Writes several articles in one transaction, each alone (<see cref="ArticleBatchWriter"/>): an article the database
    /// refuses is rolled back alone and reported, the rest land together (or, killed mid-batch, none of the batch does). When the
    /// batch as a whole cannot go through (a deadlock with another writer on PostgreSQL, a failed commit), nothing of
    /// it was written and each article is written again in its own transaction.
    /// </summary>
    public Task<IReadOnlyList<ArticleWriteResult>> IngestBatchAsync(IReadOnlyList<StoredArticle> articles, CancellationToken cancellationToken = default) =>
        IngestBatchAsync(articles, null, cancellationToken);

    /// <summary>
    /// <see cref="IngestBatchAsync(IReadOnlyList{StoredArticle}, CancellationToken)"/> on SQLite on the connection of
    /// <paramref name="session"/>, which a run of batches keeps from one to the next (null: a connection for this batch).
    /// </summary>
    internal async Task<IReadOnlyList<ArticleWriteResult>> IngestBatchAsync(IReadOnlyList<StoredArticle> articles, SqliteBatchSession? session,
        CancellationToken cancellationToken = default)
    {
        if (articles.Count > BatchLimit)
        {
            var all = new List<ArticleWriteResult>(articles.Count);
            foreach (var chunk in articles.Chunk(BatchLimit))
            {
                all.AddRange(await IngestBatchAsync(chunk, session, cancellationToken));
            }
            return all;
        }
        if (articles.Count > 1)
        {
            try
            {
                return await IngestBatchOnceAsync(articles, session, cancellationToken);
            }
            catch (DbException)
            {
                // Nothing of the batch was committed: one transaction each below, with their own retries.
            }
        }
        var results = new List<ArticleWriteResult>(articles.Count);
        foreach (var article in articles)
        {
            try
            {
                results.Add(new ArticleWriteResult(await IngestAsync(article, cancellationToken), null));
            }
            catch (DbException ex)
            {
                results.Add(new ArticleWriteResult(null, ex.Message));
            }
        }
        return results;
    }

    /// <summary>
    /// Opens a session for a run of SQLite batches (<see cref="SqliteBatchSession"/>: one connection for all of them, its
    /// page cache kept between them), or null on PostgreSQL, whose batches open a connection each.
    /// </summary>
    internal SqliteBatchSession? OpenBatchSession() => _factory.Provider == StoreProvider.Sqlite ? new SqliteBatchSession(_factory) : null;

    private async Task<IReadOnlyList<ArticleWriteResult>> IngestBatchOnceAsync(IReadOnlyList<StoredArticle> articles, SqliteBatchSession? session,
        CancellationToken cancellationToken)
    {
        if (_factory.Provider != StoreProvider.Sqlite)
        {
            await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
            try
            {
                return await PostgresBatchWriter.WriteAsync(connection, articles, cancellationToken);
            }
            catch (DbException)
            {
                // Nothing of the batch was kept (an article the database refuses, a deadlock): each under its own savepoint.
            }
            return await ArticleBatchWriter.WriteIsolatedAsync(connection, articles, cancellationToken);
        }
        // A page cache that holds the batch's pages (SQLite's default is 2 MB), and the savepoints' journal in memory, on
        // the session's connection; back to the defaults before the connection returns to the pool, when the session ends
        // or the batch threw (the next batch opens another).
        await using var own = session is null ? new SqliteBatchSession(_factory) : null;
        var writing = session ?? own!;
        try
        {
            return await ArticleBatchWriter.WriteAsync(await writing.ConnectionAsync(cancellationToken), articles, writing, cancellationToken);
        }
        catch
        {
            await writing.DropAsync();
            throw;
        }
    }

    /// <summary>
    /// Stores a correction (<paramref name="added"/>, whose pending id is replaced by the stored one) or undoes one
    /// (<paramref name="undoneId"/>), and writes the articles it made processed again, in one transaction: either the
    /// correction and all its articles land, or nothing does.
    /// </summary>
    public async Task<(Correction? Correction, IReadOnlyList<IngestOutcome> Outcomes)> WriteCorrectionAsync(Correction? added, long? undoneId,
        IReadOnlyList<StoredArticle> articles, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                Correction? correction = null;
                if (added is not null)
                {
                    correction = await CorrectionStore.InsertAsync(connection, transaction, added, cancellationToken);
                    articles = articles.Select(a => a.WithCorrectionId(added.Id, correction.Id)).ToList();
                }
                if (undoneId is { } undo)
                {
                    correction = await CorrectionStore.MarkUndoneAsync(connection, transaction, undo, cancellationToken);
                }
                var cause = undoneId is { } undone ? new RemovalCause("undo", undone) : new RemovalCause("correction", correction?.Id);
                var outcomes = new List<IngestOutcome>(articles.Count);
                using var commands = StoreCommands.For(connection, transaction);
                foreach (var article in articles)
                {
                    outcomes.Add(await ArticleRowWriter.WriteAsync(commands, article, reprocess: true, cause, cancellationToken));
                }
                await transaction.CommitAsync(cancellationToken);
                return (correction, outcomes);
            }
            catch (DbException ex) when (ArticleBatchWriter.IsRetryable(ex) && attempt < 5)
            {
                await Task.Delay(Random.Shared.Next(5, 50) * attempt, cancellationToken);
            }
        }
    }

    /// <summary>What a stored article was made from (its source name, text and content hash), or null.</summary>
    public async Task<(string Source, string OriginalText, string ContentHash)?> GetArticleSourceAsync(long articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<(string, string, string)?>(new CommandDefinition(
            "SELECT source, original_text, content_hash FROM articles WHERE id = @articleId", new { articleId }, cancellationToken: cancellationToken));
    }
}
