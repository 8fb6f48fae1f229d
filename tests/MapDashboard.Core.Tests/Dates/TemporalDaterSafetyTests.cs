using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Dates;

public class TemporalDaterSafetyTests
{
    [Theory]
    [InlineData("The town fell 999 months ago.")]
    [InlineData("Within 999 weeks the front collapsed.")]
    [InlineData("On Monday and last week and earlier this month, fighting raged; last year too.")]
    [InlineData("They met next Sunday, on Christmas Eve and during Ramadan.")]
    public void ExtremeArticleDates_NeverOverflow_AndStayInRange(string sentence)
    {
        foreach (var published in new DateOnly?[] { DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1900, 1, 1), new DateOnly(2100, 12, 31), null })
        {
            foreach (var e in TemporalDater.Find(sentence, published))
            {
                Assert.True(e.First is null || e.First >= new DateOnly(1900, 1, 1) && e.First <= new DateOnly(2100, 12, 31), $"{e.Text} at {published}: {e.First}");
                Assert.True(e.Last is null || e.Last >= new DateOnly(1900, 1, 1) && e.Last <= new DateOnly(2100, 12, 31), $"{e.Text} at {published}: {e.Last}");
            }
        }
    }

    [Fact]
    public void HijriMonthWithHijriYear_UsesTheUmmAlQuraCalendar()
    {
        var e = Assert.Single(TemporalDater.Find("The siege tightened in Muharram 1438.", new DateOnly(2017, 3, 1)));
        Assert.Equal((new DateOnly(2016, 10, 2), TimePrecision.Range), (e.First!.Value, e.Precision));
    }

    [Fact]
    public void HijriMonthNameWithoutAYear_IsNotADate()
    {
        Assert.Empty(TemporalDater.Find("Commander Safar spoke to reporters.", new DateOnly(2017, 3, 1)));
    }

    [Fact]
    public void EidInAYearTheTableDoesNotList_ComesFromTheCalendarRule()
    {
        var e = Assert.Single(TemporalDater.Find("Families met on Eid al-Fitr 2030.", null));
        Assert.Equal(2030, e.First!.Value.Year);
        Assert.Equal(TimePrecision.Day, e.Precision);
    }

    [Fact]
    public void RamadanWithAHijriYear_TakesTheTablesObservedDates()
    {
        var e = Assert.Single(TemporalDater.Find("Talks stalled during Ramadan 1437.", null));
        Assert.Equal((new DateOnly(2016, 6, 6), new DateOnly(2016, 7, 5)), (e.First!.Value, e.Last!.Value));
    }
}
