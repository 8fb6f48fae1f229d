using System.Diagnostics;
using System.Threading.Channels;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Ingest;

/// <summary>
/// Writes prepared articles in the order they come, gathered into batches of one transaction each
/// (<see cref="EventStore.IngestBatchAsync"/>): a batch is written when it is full or when its first article has waited
/// <see cref="MaxWait"/>, so a slow stream still lands and reports progress. Refused articles pass through in order.
/// </summary>
/// <param name="places">
/// The workers' places (<see cref="OrderedParallel"/>), of which the writer takes one while it writes a batch, so that the
/// writer and the workers together keep to one thread per core and the writer, which every batch waits for, is not
/// slowed by sharing the cores with all of them (issue 18); null: the writer runs beside them.
/// </param>
/// <param name="times">Where the wall time went (<c>--profile</c>), or null.</param>
/// <param name="session">
/// SQLite: the connection every batch is written on (<see cref="SqliteBatchSession"/>: its page cache kept from one batch
/// to the next), owned by the caller; null: a connection per batch.
/// </param>
internal sealed class BatchedWriter(EventStore store, int batchSize, SemaphoreSlim? places = null, IngestStageTimes? times = null,
    SqliteBatchSession? session = null)
{
    /// <summary>The longest a prepared article waits for its batch to fill.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    private readonly List<PreparedArticle> _pending = [];
    private readonly Stopwatch _waiting = new();

    /// <summary>
    /// Writes the articles <paramref name="prepare"/> yields, in order, on a task of its own behind a bounded queue (one
    /// batch long), so the preparing workers go on while a batch is written; <paramref name="landed"/> gets each batch's
    /// results in order, from the writing task. A failure of either side stops the other; the writer's is the one thrown.
    /// </summary>
    public static async Task WriteBehindAsync(EventStore store, int batchSize, Func<CancellationToken, IAsyncEnumerable<PreparedArticle>> prepare,
        Action<IReadOnlyList<IngestFileResult>> landed, CancellationToken cancellationToken, SemaphoreSlim? places = null, IngestStageTimes? times = null)
    {
        var queue = Channel.CreateBounded<PreparedArticle>(new BoundedChannelOptions(batchSize) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writing = Task.Run(async () =>
        {
            try
            {
                // One connection for the run's batches (SQLite), handed back when the run ends or fails.
                await using var session = store.OpenBatchSession();
                var writer = new BatchedWriter(store, batchSize, places, times, session);
                while (true)
                {
                    if (queue.Reader.TryRead(out var prepared))
                    {
                        landed(await writer.AddAsync(prepared, cancellationToken));
                        continue;
                    }
                    var since = Stopwatch.GetTimestamp();
                    if (!await queue.Reader.WaitToReadAsync(cancellationToken))
                    {
                        break;
                    }
                    times?.AddWaitingForArticles(since);
                }
                landed(await writer.FlushAsync(cancellationToken));
            }
            catch
            {
                await stop.CancelAsync();
                throw;
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var prepared in prepare(stop.Token).WithCancellation(stop.Token))
            {
                var since = Stopwatch.GetTimestamp();
                var handing = queue.Writer.WriteAsync(prepared, stop.Token);
                var waited = !handing.IsCompleted;
                await handing;
                if (waited)
                {
                    times?.AddQueueFull(since);
                }
            }
            queue.Writer.Complete();
        }
        catch (Exception ex)
        {
            queue.Writer.TryComplete(ex);
            await writing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (ex is OperationCanceledException && writing.IsFaulted && !cancellationToken.IsCancellationRequested)
            {
                await writing; // the writer failed and stopped this side: its failure is the one to report
            }
            throw;
        }
        await writing;
    }

    /// <summary>Adds an article; returns the results of the batch this completed (in order), or none yet.</summary>
    public async Task<IReadOnlyList<IngestFileResult>> AddAsync(PreparedArticle prepared, CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            _waiting.Restart();
        }
        _pending.Add(prepared);
        return _pending.Count >= batchSize || _waiting.Elapsed >= MaxWait ? await FlushAsync(cancellationToken) : [];
    }

    /// <summary>Writes what is pending and returns its results in order.</summary>
    public async Task<IReadOnlyList<IngestFileResult>> FlushAsync(CancellationToken cancellationToken)
    {
        var writable = _pending.Where(p => p.Article is not null).Select(p => p.Article!).ToList();
        var written = writable.Count == 0 ? [] : await WriteAsync(writable, cancellationToken);
        var results = new List<IngestFileResult>(_pending.Count);
        var next = 0;
        foreach (var prepared in _pending)
        {
            if (prepared.Article is null)
            {
                results.Add(new IngestFileResult(prepared.Source, null, prepared.Error));
                continue;
            }
            var result = written[next++];
            results.Add(new IngestFileResult(prepared.Source, result.Outcome,
                result.Error is null ? null : $"could not be stored, nothing of it was written: {result.Error}"));
        }
        _pending.Clear();
        return results;
    }

    /// <summary>Writes articles in one transaction, in one of the workers' places when there are any.</summary>
    private async Task<IReadOnlyList<Store.ArticleWriteResult>> WriteAsync(List<Store.StoredArticle> writable, CancellationToken cancellationToken)
    {
        var since = Stopwatch.GetTimestamp();
        if (places is not null)
        {
            await places.WaitAsync(cancellationToken);
            times?.AddWaitingForPlace(since);
            since = Stopwatch.GetTimestamp();
        }
        var clock = times is null ? null : IngestStageTimes.ThreadClock.Read();
        try
        {
            return await store.IngestBatchAsync(writable, session, cancellationToken);
        }
        finally
        {
            places?.Release();
            times?.AddWriting(since, clock);
        }
    }
}
