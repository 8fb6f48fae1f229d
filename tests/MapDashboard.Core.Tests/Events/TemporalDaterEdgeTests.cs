using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>Issue 16.3: relative dates at the calendar's edges do not overflow.</summary>
public class TemporalDaterEdgeTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1, 1, 3)]
    [InlineData(9999, 12, 31)]
    public void Issue16_RelativeDates_AtTheCalendarsEdges_DoNotThrow(int year, int month, int day)
    {
        var published = new DateOnly(year, month, day);
        const string sentence = "On Monday, three days ago, last week, yesterday and last year, and on 3 March and in December, forces shelled the town every day.";

        var found = TemporalDater.Find(sentence, published);
        var when = TemporalDater.ForSentence("Forces shelled the town.", published);

        Assert.All(found, e => Assert.True(e.First is null || e.First <= DateOnly.MaxValue));
        Assert.NotNull(when);
    }
}
