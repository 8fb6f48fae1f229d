using System.Diagnostics;
using System.Threading.Channels;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Ingest;

/// <summary>
/// Writes prepared articles in the order they come, gathered into batches of one transaction each
/// (<see cref="EventStore.IngestBatchAsync"/>): a batch is written when it is full or when its first article has waited
/// <see cref="MaxWait"/>, so a slow stream still lands and reports progress. Refused articles pass through in order.
/// </summary>
internal sealed class BatchedWriter(EventStore store, int batchSize)
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
        Action<IReadOnlyList<IngestFileResult>> landed, CancellationToken cancellationToken)
    {
        var queue = Channel.CreateBounded<PreparedArticle>(new BoundedChannelOptions(batchSize) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writing = Task.Run(async () =>
        {
            try
            {
                var writer = new BatchedWriter(store, batchSize);
                await foreach (var prepared in queue.Reader.ReadAllAsync(cancellationToken))
                {
                    landed(await writer.AddAsync(prepared, cancellationToken));
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
                await queue.Writer.WriteAsync(prepared, stop.Token);
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
        var written = await store.IngestBatchAsync(writable, cancellationToken);
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
}
