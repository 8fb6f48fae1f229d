using System.Runtime.CompilerServices;

namespace MapDashboard.Data.Ingest;

/// <summary>
/// A bounded pipeline: work on up to N items at once, results handed on in input order, at most a few items per worker
/// held in memory. With one job it is the plain sequential loop, so a parallel run gives exactly the sequential output.
/// </summary>
public static class OrderedParallel
{
    /// <summary>The number of workers when none is asked for: one per core.</summary>
    public static int DefaultJobs => Environment.ProcessorCount;

    /// <summary>Runs <paramref name="work"/> over the items on <paramref name="jobs"/> workers and yields the results in input order.</summary>
    public static IAsyncEnumerable<TResult> SelectAsync<TItem, TResult>(IEnumerable<TItem> items, int jobs,
        Func<TItem, CancellationToken, Task<TResult>> work, CancellationToken cancellationToken = default) =>
        SelectAsync(items, jobs, work, null, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> over the items on up to <paramref name="jobs"/> workers, each item in one of
    /// <paramref name="places"/> (made with <paramref name="jobs"/> places; null: places of its own), and yields the results
    /// in input order. Whoever else holds one of the places for a while (the store's writer) leaves one worker fewer.
    /// </summary>
    public static async IAsyncEnumerable<TResult> SelectAsync<TItem, TResult>(IEnumerable<TItem> items, int jobs,
        Func<TItem, CancellationToken, Task<TResult>> work, SemaphoreSlim? places, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        if (jobs == 1)
        {
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return await work(item, cancellationToken);
            }
            yield break;
        }
        var window = jobs * 4;
        var inFlight = new Queue<Task<TResult>>(window);
        using var own = places is null ? new SemaphoreSlim(jobs, jobs) : null;
        var workers = places ?? own!;
        try
        {
            foreach (var item in items)
            {
                while (inFlight.Count >= window || (inFlight.Count > 0 && inFlight.Peek().IsCompleted))
                {
                    yield return await inFlight.Dequeue();
                }
                await workers.WaitAsync(cancellationToken);
                inFlight.Enqueue(RunAsync(item));
            }
            while (inFlight.Count > 0)
            {
                yield return await inFlight.Dequeue();
            }
        }
        finally
        {
            // A consumer that stops early (or a failure) must not leave workers running on a disposed gate; their
            // failures were not asked for (the first one already reached the consumer).
            foreach (Task running in inFlight)
            {
                await running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        async Task<TResult> RunAsync(TItem item)
        {
            try
            {
                await Task.Yield();
                return await work(item, cancellationToken);
            }
            finally
            {
                workers.Release();
            }
        }
    }
}
