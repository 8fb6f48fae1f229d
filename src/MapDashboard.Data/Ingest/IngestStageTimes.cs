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
    private long _writingOnCpu;
    private long _writingRunnable;

    /// <summary>The writer writing batches (one transaction each).</summary>
    public TimeSpan Writing => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _writing));

    /// <summary>The writer waiting for one of the workers' places before writing a batch.</summary>
    public TimeSpan WaitingForPlace => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _waitingForPlace));

    /// <summary>The writer waiting for the next prepared article (the queue to it empty).</summary>
    public TimeSpan WaitingForArticles => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _waitingForArticles));

    /// <summary>The workers' side waiting to hand on a prepared article (the queue to the writer full).</summary>
    public TimeSpan QueueFull => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _queueFull));

    /// <summary>Of <see cref="Writing"/>, the writer's thread on a core (Linux' schedstat; zero elsewhere).</summary>
    public TimeSpan WritingOnCpu => TimeSpan.FromTicks(Volatile.Read(ref _writingOnCpu) / 100);

    /// <summary>Of <see cref="Writing"/>, the writer's thread ready to run but waiting for a core (Linux' schedstat).</summary>
    public TimeSpan WritingRunnable => TimeSpan.FromTicks(Volatile.Read(ref _writingRunnable) / 100);

    /// <summary>The batches written.</summary>
    public int Batches => Volatile.Read(ref _batches);

    internal void AddWriting(long since, ThreadClock? before)
    {
        Interlocked.Add(ref _writing, Stopwatch.GetTimestamp() - since);
        Interlocked.Increment(ref _batches);
        // The batch is written synchronously (SQLite), so on one thread; if it moved, its thread times are left out.
        if (before is { } start && ThreadClock.Read() is { } end && end.ThreadId == start.ThreadId)
        {
            Interlocked.Add(ref _writingOnCpu, end.OnCpuNs - start.OnCpuNs);
            Interlocked.Add(ref _writingRunnable, end.RunnableNs - start.RunnableNs);
        }
    }

    /// <summary>The current thread's time on a core and waiting for one, in nanoseconds (/proc/thread-self/schedstat), or null.</summary>
    internal readonly record struct ThreadClock(int ThreadId, long OnCpuNs, long RunnableNs)
    {
        public static ThreadClock? Read()
        {
            try
            {
                var parts = File.ReadAllText("/proc/thread-self/schedstat").Split(' ');
                return new ThreadClock(Environment.CurrentManagedThreadId, long.Parse(parts[0]), long.Parse(parts[1]));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                return null;
            }
        }
    }

    internal void AddWaitingForPlace(long since) => Interlocked.Add(ref _waitingForPlace, Stopwatch.GetTimestamp() - since);

    internal void AddWaitingForArticles(long since) => Interlocked.Add(ref _waitingForArticles, Stopwatch.GetTimestamp() - since);

    internal void AddQueueFull(long since) => Interlocked.Add(ref _queueFull, Stopwatch.GetTimestamp() - since);

    /// <summary>One line: each stage's seconds and its share of <paramref name="wall"/>.</summary>
    public string Describe(TimeSpan wall) =>
        $"writer writing {Part(Writing, wall)} in {Batches} batches (on a core {Part(WritingOnCpu, wall)}, waiting for one {Part(WritingRunnable, wall)}), waiting for a worker's place {Part(WaitingForPlace, wall)}, "
        + $"waiting for articles {Part(WaitingForArticles, wall)}; workers waiting for the full queue {Part(QueueFull, wall)}; wall {wall.TotalSeconds:0.0} s";

    private static string Part(TimeSpan span, TimeSpan wall) =>
        $"{span.TotalSeconds:0.0} s ({(wall > TimeSpan.Zero ? span / wall : 0):0%})";
}
