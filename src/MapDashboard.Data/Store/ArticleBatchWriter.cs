using System.Data.Common;
using Dapper;

namespace MapDashboard.Data.Store;

/// <summary>
/// Writes a batch of articles in one transaction, each article alone in what it stores: a refused article fails alone
/// and is reported, and the rest of the batch lands as if written one at a time (<see cref="EventStore.IngestBatchAsync(IReadOnlyList{StoredArticle}, CancellationToken)"/>).
/// On SQLite the batch is first written without a savepoint per article (<see cref="WriteAsync"/>); only a batch in which
/// an article is refused is rolled back and written again article by article under savepoints (<see cref="WriteIsolatedAsync"/>).
/// </summary>
internal static class ArticleBatchWriter
{
    private const string Savepoint = "article";

    /// <summary>
    /// SQLite: writes the batch on the session's connection in one transaction without a savepoint per article. A savepoint
    /// makes SQLite copy every page an article changes into the sub-journal before changing it (its band keys', mentions'
    /// and events' table and index pages), and free that journal again at its release, with two more statements prepared
    /// and run per article; all of it serves only the rare article the store refuses (issue 18). When one is
    /// refused, the whole transaction is rolled back (nothing of the batch was written) and the batch is written again
    /// with a savepoint per article: the same rows as before, the refused article reported alone. Whatever the writer's
    /// memo learnt in the rolled-back transaction is forgotten.
    /// </summary>
    public static async Task<IReadOnlyList<ArticleWriteResult>> WriteAsync(DbConnection connection, IReadOnlyList<StoredArticle> articles,
        SqliteBatchSession session, CancellationToken cancellationToken)
    {
        if (await WriteWholeAsync(connection, articles, session, cancellationToken) is { } written)
        {
            return written;
        }
        return await WriteIsolatedAsync(connection, articles, cancellationToken, session);
    }

    /// <summary>The batch's results, or null when an article was refused and the transaction rolled back (nothing written).</summary>
    private static async Task<IReadOnlyList<ArticleWriteResult>?> WriteWholeAsync(DbConnection connection, IReadOnlyList<StoredArticle> articles,
        SqliteBatchSession session, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var results = new List<ArticleWriteResult>(articles.Count);
        using var commands = StoreCommands.For(connection, transaction, await session.MemoAsync(transaction, cancellationToken));
        try
        {
            foreach (var article in articles)
            {
                results.Add(new ArticleWriteResult(await ArticleRowWriter.WriteAsync(commands, article, reprocess: false, RemovalCause.Reprocessing,
                    cancellationToken), null));
            }
        }
        catch (DbException ex) when (!IsRetryable(ex))
        {
            commands.Memo.Forget(); // it learnt from rows that are gone again
            await transaction.RollbackAsync(cancellationToken);
            session.RolledBack++;
            return null;
        }
        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    /// <summary>
    /// Writes the batch in one transaction on the connection, each article under its own savepoint (on a SQLite
    /// <paramref name="session"/>'s connection, with what the session's earlier transactions learnt).
    /// </summary>
    public static async Task<IReadOnlyList<ArticleWriteResult>> WriteIsolatedAsync(DbConnection connection, IReadOnlyList<StoredArticle> articles,
        CancellationToken cancellationToken, SqliteBatchSession? session = null)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var results = new List<ArticleWriteResult>(articles.Count);
        // One prepared command per statement shape for the whole batch (SQLite), its parameters rebound per row.
        using var commands = StoreCommands.For(connection, transaction, session is null ? null : await session.MemoAsync(transaction, cancellationToken));
        var open = false;
        foreach (var article in articles)
        {
            if (open)
            {
                // PostgreSQL: the last article's release and this one's savepoint in one round trip.
                await connection.ExecuteAsync(new CommandDefinition($"RELEASE SAVEPOINT {Savepoint}; SAVEPOINT {Savepoint}", transaction: transaction,
                    cancellationToken: cancellationToken));
            }
            else
            {
                await transaction.SaveAsync(Savepoint, cancellationToken);
            }
            try
            {
                var outcome = await ArticleRowWriter.WriteAsync(commands, article, reprocess: false, RemovalCause.Reprocessing, cancellationToken);
                if (commands.Sqlite)
                {
                    await transaction.ReleaseAsync(Savepoint, cancellationToken);
                }
                else
                {
                    open = true; // released with the next savepoint, or by the commit
                }
                results.Add(new ArticleWriteResult(outcome, null));
            }
            catch (DbException ex) when (!IsRetryable(ex))
            {
                await transaction.RollbackAsync(Savepoint, cancellationToken);
                commands.Memo.Forget(); // the article's rows are gone again
                open = !commands.Sqlite; // rolled back to, still there: released with the next savepoint
                results.Add(new ArticleWriteResult(null, ex.Message));
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    /// <summary>A failure that running the transaction again resolves (a deadlock, a serialisation failure, a race on a unique key, a busy SQLite file).</summary>
    public static bool IsRetryable(DbException ex) => ex is Npgsql.PostgresException { SqlState: "40P01" or "40001" or "23505" }
        // SQLite: another writer held the database past the busy timeout; nothing is wrong with the article.
        or Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 };
}
