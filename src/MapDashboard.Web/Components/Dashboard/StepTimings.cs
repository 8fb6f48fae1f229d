using System.Diagnostics;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// Where one redraw of the dashboard's layers spends its time on the server, for the slider benchmark (made only with
/// benchmark marks on): the milliseconds between laps, named by the part that ran (a store query, a call to the browser),
/// the garbage collector's pauses and collections meanwhile, the bytes allocated (in all and per lap), and the sizes of what was sent.
/// </summary>
public sealed class StepTimings
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly TimeSpan _pausedBefore = GC.GetTotalPauseDuration();
    private readonly long _allocatedBefore = GC.GetTotalAllocatedBytes();
    private readonly int[] _collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private readonly List<KeyValuePair<string, double>> _laps = [];
    private readonly Dictionary<string, double> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _allocatedKb = new(StringComparer.Ordinal);
    private long _lap;
    private long _lapAllocated;

    public StepTimings()
    {
        _lap = _started;
        _lapAllocated = _allocatedBefore;
    }

    /// <summary>Ends a lap: the time since the previous lap (or the start) is added under <paramref name="name"/>.</summary>
    public void Lap(string name)
    {
        var now = Stopwatch.GetTimestamp();
        var ms = Stopwatch.GetElapsedTime(_lap, now).TotalMilliseconds;
        _lap = now;
        // The whole process's allocation meanwhile (a background build of the next control layer counts too).
        var allocated = GC.GetTotalAllocatedBytes();
        _allocatedKb[name] = _allocatedKb.GetValueOrDefault(name) + Math.Round((allocated - _lapAllocated) / 1024.0);
        _lapAllocated = allocated;
        var at = _laps.FindIndex(l => l.Key == name);
        if (at >= 0)
        {
            _laps[at] = new(name, _laps[at].Value + ms);
        }
        else
        {
            _laps.Add(new(name, ms));
        }
    }

    /// <summary>Records a size or count that explains a lap (markers sent, rows read).</summary>
    public void Count(string name, double value) => _counts[name] = value;

    /// <summary>The laps, counts and the collector's share, as the benchmark reads them (names to numbers).</summary>
    public Dictionary<string, double> Report()
    {
        var report = _laps.ToDictionary(l => l.Key + "Ms", l => Math.Round(l.Value, 1), StringComparer.Ordinal);
        foreach (var (name, kb) in _allocatedKb)
        {
            report[name + "Kb"] = kb;
        }
        foreach (var (name, value) in _counts)
        {
            report[name] = value;
        }
        report["totalMs"] = Math.Round(Stopwatch.GetElapsedTime(_started).TotalMilliseconds, 1);
        report["gcPauseMs"] = Math.Round((GC.GetTotalPauseDuration() - _pausedBefore).TotalMilliseconds, 1);
        report["allocatedKb"] = Math.Round((GC.GetTotalAllocatedBytes() - _allocatedBefore) / 1024.0);
        for (var generation = 0; generation < 3; generation++)
        {
            report[$"gen{generation}"] = GC.CollectionCount(generation) - _collectionsBefore[generation];
        }
        return report;
    }
}
