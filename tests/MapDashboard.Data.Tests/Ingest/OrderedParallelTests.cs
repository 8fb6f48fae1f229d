using MapDashboard.Data.Ingest;

namespace MapDashboard.Data.Tests.Ingest;

/// <summary>Issue 18.1: the bounded pipeline gives results in input order, never runs more than N at once, and fails loudly.</summary>
public class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public async Task Results_ComeInInputOrder_WithAtMostNRunning(int jobs)
    {
        var running = 0;
        var most = 0;
        var random = new Random(7);
        var delays = Enumerable.Range(0, 60).Select(_ => random.Next(0, 8)).ToArray();
        var results = new List<int>();

        await foreach (var r in OrderedParallel.SelectAsync(Enumerable.Range(0, 60), jobs, async (i, token) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await Task.Delay(delays[i], token);
            Interlocked.Decrement(ref running);
            return i * 10;
        }))
        {
            results.Add(r);
        }

        Assert.Equal(Enumerable.Range(0, 60).Select(i => i * 10), results);
        Assert.InRange(most, 1, jobs);
    }

    [Fact]
    public async Task AFailingItem_ReachesTheConsumer_AtItsPlace()
    {
        var seen = new List<int>();
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var r in OrderedParallel.SelectAsync(Enumerable.Range(0, 20), 4, async (i, _) =>
            {
                await Task.Yield();
                return i == 5 ? throw new InvalidOperationException("item 5") : i;
            }))
            {
                seen.Add(r);
            }
        });

        Assert.Equal("item 5", failure.Message);
        Assert.Equal([0, 1, 2, 3, 4], seen);
    }

    [Fact]
    public async Task APlaceHeldElsewhere_LeavesOneWorkerFewer_UntilReleased()
    {
        using var places = new SemaphoreSlim(3, 3);
        await places.WaitAsync(); // held by someone else (the store's writer), as for a batch
        var running = 0;
        var mostWhileHeld = 0;
        var mostAfter = 0;
        var held = 1;
        var results = new List<int>();

        await foreach (var r in OrderedParallel.SelectAsync(Enumerable.Range(0, 40), 3, async (i, token) =>
        {
            var now = Interlocked.Increment(ref running);
            if (Volatile.Read(ref held) == 1)
            {
                InterlockedMax(ref mostWhileHeld, now);
            }
            else
            {
                InterlockedMax(ref mostAfter, now);
            }
            await Task.Delay(3, token);
            Interlocked.Decrement(ref running);
            return i;
        }, places, CancellationToken.None))
        {
            results.Add(r);
            if (r == 19 && Interlocked.Exchange(ref held, 0) == 1)
            {
                places.Release();
            }
        }

        Assert.Equal(Enumerable.Range(0, 40), results);
        Assert.InRange(mostWhileHeld, 1, 2);
        Assert.InRange(mostAfter, 1, 3);
        Assert.Equal(3, places.CurrentCount); // every place given back
    }

    [Fact]
    public async Task NoJobs_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
        {
            await foreach (var _ in OrderedParallel.SelectAsync(new[] { 1 }, 0, (i, _) => Task.FromResult(i)))
            {
            }
        });
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
