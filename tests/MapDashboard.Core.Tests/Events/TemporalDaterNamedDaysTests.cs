using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>Issue 22.4: days named one by one are one event each; a span stays one. Day-first dates resolve to the day.</summary>
public class TemporalDaterNamedDaysTests
{
    private static readonly DateOnly Friday10May2019 = new(2019, 5, 10);

    private static List<DateOnly> Days(string sentence) =>
        TemporalDater.NamedDays(sentence, Friday10May2019).Select(e => e.First!.Value).ToList();

    [Fact]
    public void TwoWeekdaysJoinedByAnd_AreTheTwoDaysBeforePublication()
    {
        Assert.Equal([new DateOnly(2019, 5, 6), new DateOnly(2019, 5, 7)], Days("Artillery hit the market on Monday and Tuesday."));
    }

    [Fact]
    public void ThreeWeekdaysWithCommas_AreThreeDays()
    {
        Assert.Equal(3, Days("Fighting went on on Tuesday, Wednesday and Thursday near the dam.").Count);
    }

    [Fact]
    public void DayNumbersBeforeTheMonth_AreEachDay()
    {
        Assert.Equal([new DateOnly(2018, 6, 5), new DateOnly(2018, 6, 6)], Days("The villages were taken on 5 and 6 June, 2018."));
    }

    [Fact]
    public void DayNumbersAfterTheMonth_AreEachDay()
    {
        Assert.Equal([new DateOnly(2019, 4, 14), new DateOnly(2019, 4, 15)], Days("Jets struck the town on April 14 and 15."));
    }

    [Fact]
    public void ASpanOrASingleDay_IsNoList()
    {
        Assert.Empty(Days("Shelling lasted from Monday to Thursday."));
        Assert.Empty(Days("Shelling hit the town on Monday."));
        Assert.Empty(Days("Between 3 and 9 May, the road was closed."));
    }

    [Fact]
    public void DayFirstDateWithYear_IsThatDayNotTheMonth()
    {
        var e = Assert.Single(TemporalDater.Find("On 7 January 2025, a drone hit a water station.", Friday10May2019));
        Assert.Equal((new DateOnly(2025, 1, 7), TimePrecision.Day), (e.First!.Value, e.Precision));
    }

    [Fact]
    public void DayFirstDateWithOf_IsThatDay()
    {
        var e = Assert.Single(TemporalDater.Find("Protesters gathered on the 3rd of May in the square.", Friday10May2019));
        Assert.Equal(new DateOnly(2019, 5, 3), e.First);
    }
}
