using System.Diagnostics;

namespace MapDashboard.Data.Ingest;

/// <summary>
/// Where a batch ingest's wall time went, summed over the run (`mapdash ingest --profile`, issue 18): the single writer
/// writing batches, the writer waiting for a place beside the workers, the writer waiting for prepared articles, and the
/// workers' side waiting for room in the full queue to the writer. Which of the last two is large tells whether the
/// workers or the writer set the pace.
/// </summary>
public sealed class IngestStageTimes
{
    private long _writing;
    private long _waitingForPlace;
    private long _waitingForArticles;
    private long _queueFull;
    private int _batches;

    /// <summary>The writer writing batches (one transaction each).</summary>
    public TimeSpan Writing => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _writing));

    /// <summary>The writer waiting for one of the workers' places before writing a batch.</summary>
    public TimeSpan WaitingForPlace => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _waitingForPlace));

    /// <summary>The writer waiting for the next prepared article (the queue to it empty).</summary>
    public TimeSpan WaitingForArticles => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _waitingForArticles));

    /// <summary>The workers' side waiting to hand on a prepared article (the queue to the writer full).</summary>
    public TimeSpan QueueFull => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _queueFull));

    /// <summary>The batches written.</summary>
    public int Batches => Volatile.Read(ref _batches);

    internal void AddWriting(long since)
    {
        Interlocked.Add(ref _writing, Stopwatch.GetTimestamp() - since);
        Interlocked.Increment(ref _batches);
    }

    internal void AddWaitingForPlace(long since) => Interlocked.Add(ref _waitingForPlace, Stopwatch.GetTimestamp() - since);

    internal void AddWaitingForArticles(long since) => Interlocked.Add(ref _waitingForArticles, Stopwatch.GetTimestamp() - since);

    internal void AddQueueFull(long since) => Interlocked.Add(ref _queueFull, Stopwatch.GetTimestamp() - since);

    /// <summary>One line: each stage's seconds and its share of <paramref name="wall"/>.</summary>
    public string Describe(TimeSpan wall) =>
        $"writer writing {Part(Writing, wall)} in {Batches} batches, waiting for a worker's place {Part(WaitingForPlace, wall)}, "
        + $"waiting for articles {Part(WaitingForArticles, wall)}; workers waiting for the full queue {Part(QueueFull, wall)}; wall {wall.TotalSeconds:0.0} s";

    private static string Part(TimeSpan span, TimeSpan wall) =>
        $"{span.TotalSeconds:0.0} s ({(wall > TimeSpan.Zero ? span / wall : 0):0%})";
}
