namespace MapDashboard.Core.Events;

/// <summary>Issue 22.4: a report of several named days is one event per day (see <see cref="TemporalDater.NamedDays"/>).</summary>
internal static class NamedDayEvents
{
    /// <summary>
    /// "shelled X on Monday and Tuesday": one event per named day, as ACLED codes a report of several days; the deaths
    /// reported stay with the first day's event (the sentence does not say how they were spread).
    /// </summary>
    public static List<CodedEvent> Split(List<CodedEvent> coded, string sentence, DateOnly? published)
    {
        if (coded.Count == 0 || TemporalDater.NamedDays(sentence, published) is not { Count: >= 2 } days)
        {
            return coded;
        }
        return coded.SelectMany(e => days.Select((day, i) => e with { When = day, Fatalities = i == 0 ? e.Fatalities : null })).ToList();
    }
}
