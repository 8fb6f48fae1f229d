using System.Globalization;

namespace MapDashboard.Data.Tests.Hardening;

/// <summary>
/// A time bound for the hang detectors that grows with the machine's load. On two cores with sixty runnable threads a
/// second of work takes about thirty, so a fixed wall-clock bound fails on a busy test machine while the code is fine.
/// The bound is the quiet-machine bound times the 1-minute load average per core (never less than the quiet bound),
/// the larger of the readings taken when the budget starts and when it is checked. A hang or a quadratic blow-up on a
/// pathological article still fails: those take hours, not a constant factor more.
/// </summary>
internal sealed class LoadScaledBudget(TimeSpan quiet)
{
    private readonly double _loadAtStart = LoadPerCore();

    /// <summary>The bound now, for a measurement that began when this budget was made.</summary>
    public TimeSpan Bound => quiet * Math.Max(1.0, Math.Max(_loadAtStart, LoadPerCore()));

    /// <summary>Whether <paramref name="elapsed"/> is within the bound, and a sentence saying so for a failure message.</summary>
    public (bool Within, string Said) Check(TimeSpan elapsed)
    {
        var bound = Bound;
        return (elapsed <= bound, $"took {elapsed.TotalSeconds:F1} s, bound {bound.TotalSeconds:F0} s ({quiet.TotalSeconds:F0} s on a quiet machine, scaled by a load of {LoadPerCore():F1} per core)");
    }

    private static double LoadPerCore()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture) / Environment.ProcessorCount;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return 1.0; // no load figure (not Linux): the quiet bound
        }
    }
}
