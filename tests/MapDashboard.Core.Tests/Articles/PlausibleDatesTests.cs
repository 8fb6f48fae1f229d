using MapDashboard.Core.Articles;

namespace MapDashboard.Core.Tests.Articles;

/// <summary>Issue 16.3: the range of dates an article or a correction may carry.</summary>
public class PlausibleDatesTests
{
    [Fact]
    public void Issue16_PlausibleDates_Are1900ToAYearAfterToday()
    {
        var today = new DateOnly(2026, 12, 4);

        Assert.True(PlausibleDates.Contains(new DateOnly(1900, 1, 1), today));
        Assert.True(PlausibleDates.Contains(new DateOnly(2027, 12, 4), today));
        Assert.False(PlausibleDates.Contains(new DateOnly(1899, 12, 31), today));
        Assert.False(PlausibleDates.Contains(new DateOnly(2027, 12, 5), today));
        Assert.Equal("published must be between 1900-01-01 and 2027-12-04 (a year after today)", PlausibleDates.Refusal(new DateOnly(1, 1, 1), "published", today));
    }
}
