using MapDashboard.Web.Components.Dashboard;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>Issue 17.4: calendar month and ISO week windows beside the trailing ones; play steps through whole months without drift.</summary>
public sealed class CalendarWindowTests
{
    private static readonly DateOnly First = new(2016, 1, 1);
    private static readonly DateOnly Last = new(2018, 12, 31);

    [Fact]
    public void Issue17_CalendarMonth_IsTheWholeMonthOfTheSlidersDate()
    {
        var state = new DashboardViewState { Date = new DateOnly(2017, 2, 14), Window = TimeWindow.CalendarMonth };

        Assert.Equal(new DateOnly(2017, 2, 1), state.WindowStart);
        Assert.Equal(new DateOnly(2017, 2, 28), state.WindowEnd);
        Assert.Equal("February 2017", DashboardText.WindowText(state));
    }

    [Fact]
    public void Issue17_PlayingCalendarMonths_StepsJanuaryFebruaryMarch_WithoutDrift()
    {
        var state = new DashboardViewState { Date = new DateOnly(2017, 1, 31), Window = TimeWindow.CalendarMonth };
        var months = new List<(DateOnly, DateOnly?)>();
        for (var i = 0; i < 14; i++)
        {
            state = state.MoveBy(state.StepDays, First, Last);
            months.Add((state.WindowStart, state.WindowEnd));
        }

        Assert.Equal(Enumerable.Range(1, 14).Select(m => new DateOnly(2017, 1, 1).AddMonths(m)), months.Select(m => m.Item1));
        Assert.All(months, m => Assert.Equal(m.Item1.AddMonths(1).AddDays(-1), m.Item2));
        Assert.Equal(new DateOnly(2018, 2, 28), state.MoveBy(-state.StepDays, First, Last).WindowEnd);
    }

    [Fact]
    public void Issue17_IsoWeek_RunsMondayToSunday_AndStepsAWeekAtATime()
    {
        // 1 January 2017 is a Sunday: its ISO week is week 52 of 2016, Monday 26 December to Sunday 1 January.
        var state = new DashboardViewState { Date = new DateOnly(2017, 1, 1), Window = TimeWindow.IsoWeek };

        Assert.Equal(new DateOnly(2016, 12, 26), state.WindowStart);
        Assert.Equal(new DateOnly(2017, 1, 1), state.WindowEnd);
        Assert.StartsWith("week 52 of 2016", DashboardText.WindowText(state));
        var next = state.MoveBy(state.StepDays, First, Last);
        Assert.Equal(new DateOnly(2017, 1, 2), next.WindowStart);
        Assert.Equal(new DateOnly(2017, 1, 8), next.WindowEnd);
    }

    [Fact]
    public void Issue17_TrailingMonth_StaysTrailing()
    {
        var state = new DashboardViewState { Date = new DateOnly(2017, 2, 14), Window = TimeWindow.Month };

        Assert.Equal(new DateOnly(2017, 1, 15), state.WindowStart);
        Assert.Equal(new DateOnly(2017, 2, 14), state.WindowEnd);
    }

    [Fact]
    public void Issue17_CalendarWindows_RoundTripThroughTheUrl()
    {
        var state = new DashboardViewState { Date = new DateOnly(2017, 2, 14), Window = TimeWindow.IsoWeek };

        var query = state.ToQuery().ToDictionary(p => p.Key, p => p.Value is null ? null : Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture));
        var vocabulary = new DashboardVocabulary(_ => true, _ => true, _ => true);

        Assert.Equal("isoweek", query["window"]);
        Assert.Equal(TimeWindow.IsoWeek, DashboardViewState.FromQuery(query, vocabulary).Window);
    }
}
