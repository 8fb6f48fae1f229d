namespace MapDashboard.Core.Pipeline;

/// <summary>How far a long job is, in words: done/total, items per second, elapsed time and an estimate of the time left.</summary>
public static class ProgressLine
{
    /// <summary>
    /// "1200/10000, 300/s, 0:00:04 elapsed, about 0:00:30 left"; a rate under 10 per second keeps one decimal (a dashboard
    /// upload runs at about one article a second), and a finished job says so instead of the time left.
    /// </summary>
    public static string Format(long done, long total, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var left = rate > 0 ? TimeSpan.FromSeconds(Math.Ceiling((total - done) / rate)) : (TimeSpan?)null;
        var shownRate = rate is > 0 and < 10 ? FormattableString.Invariant($"{rate:F1}") : FormattableString.Invariant($"{rate:F0}");
        return FormattableString.Invariant($"{done}/{total}, {shownRate}/s, {elapsed:h\\:mm\\:ss} elapsed, ")
            + (done >= total ? "done" : left is { } l ? FormattableString.Invariant($"about {l:h\\:mm\\:ss} left") : "time left unknown");
    }
}
