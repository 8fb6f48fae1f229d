using MapDashboard.Data.Trends;
using MapDashboard.Web.Components.Dashboard;

namespace MapDashboard.Web.Tests.Dashboard;

public class DashboardViewStateTests
{
    private static readonly DashboardVocabulary Vocabulary = new(
        t => t is "Battles" or "Protests", s => s is "opposition" or "kurdish-led", a => a is "sdf" or "hts");

    private static readonly DateOnly First = new(2016, 1, 1);
    private static readonly DateOnly Last = new(2018, 12, 31);

    private static DashboardViewState Read(params (string Name, string? Value)[] parameters) =>
        DashboardViewState.FromQuery(parameters.ToDictionary(p => p.Name, p => p.Value), Vocabulary);

    [Fact]
    public void EmptyQuery_IsTheDefaultView()
    {
        var state = Read();

        Assert.Null(state.Date);
        Assert.Equal(TimeWindow.Month, state.Window);
        Assert.Null(state.RangeStart);
        Assert.Empty(state.Types);
        Assert.Null(state.Side);
        Assert.Null(state.Actor);
        Assert.Equal(0, state.MinConfidence);
        Assert.Null(state.ArticleId);
        Assert.True(state.ShowAcled);
        Assert.Null(state.Centre);
        Assert.Equal(0, state.ActiveFilterCount);
    }

    [Theory]
    [InlineData("2017-01-30", "2017-01-30")]
    [InlineData(" 2017-01-30 ", "2017-01-30")]
    [InlineData("30/01/2017", null)]
    [InlineData("2017-02-30", null)]
    [InlineData("2017-1-3", null)]
    [InlineData("<script>", null)]
    [InlineData("", null)]
    public void Date_IsAnIsoDayOrNothing(string text, string? expected)
    {
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), Read(("date", text)).Date);
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), Read(("from", text)).RangeStart);
    }

    [Theory]
    [InlineData("day", TimeWindow.Day)]
    [InlineData("WEEK", TimeWindow.Week)]
    [InlineData("alltodate", TimeWindow.AllToDate)]
    [InlineData("range", TimeWindow.Range)]
    [InlineData("fortnight", TimeWindow.Month)]
    [InlineData("3", TimeWindow.Month)]
    [InlineData("99", TimeWindow.Month)]
    public void Window_IsANamedWindowOrTheMonth(string text, TimeWindow expected) => Assert.Equal(expected, Read(("window", text)).Window);

    [Fact]
    public void Types_KeepOnlyKnownTypesOnce()
    {
        var state = Read(("types", "Battles,Unknown, Protests,,Battles"));

        Assert.Equal(["Battles", "Protests"], state.Types);
        Assert.Equal(1, state.ActiveFilterCount);
    }

    [Theory]
    [InlineData("side", "opposition", true)]
    [InlineData("side", "Opposition", false)]
    [InlineData("side", "nobody", false)]
    [InlineData("actor", "sdf", true)]
    [InlineData("actor", "' OR 1=1 --", false)]
    public void SideAndActor_MustBeKnown(string name, string value, bool kept)
    {
        var state = Read((name, value));
        var read = name == "side" ? state.Side : state.Actor;

        Assert.Equal(kept ? value : null, read);
    }

    [Theory]
    [InlineData("0.7", 0.7)]
    [InlineData("1", 1.0)]
    [InlineData("0", 0.0)]
    [InlineData("-0.5", 0.0)]
    [InlineData("1.5", 0.0)]
    [InlineData("NaN", 0.0)]
    [InlineData("Infinity", 0.0)]
    [InlineData("0,7", 0.0)]
    [InlineData("high", 0.0)]
    public void Confidence_IsAShareAboveZeroUpToOne(string text, double expected) => Assert.Equal(expected, Read(("confidence", text)).MinConfidence);

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("0", null)]
    [InlineData("-3", null)]
    [InlineData("4.2", null)]
    [InlineData("99999999999999999999999", null)]
    [InlineData("abc", null)]
    public void Article_IsAPositiveId(string text, long? expected) => Assert.Equal(expected, Read(("article", text)).ArticleId);

    [Theory]
    [InlineData("off", false)]
    [InlineData("OFF", false)]
    [InlineData("0", false)]
    [InlineData("false", false)]
    [InlineData("on", true)]
    [InlineData("maybe", true)]
    public void Acled_IsHiddenOnlyWhenSwitchedOff(string text, bool shown) => Assert.Equal(shown, Read(("acled", text)).ShowAcled);

    [Theory]
    [InlineData("36.2", "37.1", "9", true, 9)]
    [InlineData("36.2", "37.1", null, true, null)]
    [InlineData("36.2", "37.1", "nine", true, null)]
    [InlineData("91", "37.1", "9", false, null)]
    [InlineData("36.2", "-181", "9", false, null)]
    [InlineData("36.2", null, "9", false, null)]
    [InlineData("NaN", "37.1", "9", false, null)]
    [InlineData("1e400", "37.1", "9", false, null)]
    public void Centre_NeedsAPointOnTheGlobe(string? lat, string? lon, string? zoom, bool kept, int? expectedZoom)
    {
        var centre = Read(("lat", lat), ("lon", lon), ("zoom", zoom)).Centre;

        Assert.Equal(kept, centre is not null);
        if (centre is { } c)
        {
            Assert.Equal(expectedZoom, c.Zoom);
        }
    }

    [Fact]
    public void ToQuery_ThenFromQuery_GivesTheSameView()
    {
        var state = new DashboardViewState
        {
            Date = new DateOnly(2017, 3, 3), Window = TimeWindow.Range, RangeStart = new DateOnly(2017, 2, 1), Types = ["Protests"],
            Side = "kurdish-led", Actor = "sdf", MinConfidence = 0.8, ArticleId = 7, ShowAcled = false, Centre = new MapCentre(35.5, 38.25, 7),
        };

        var query = state.ToQuery().ToDictionary(p => p.Key, p => p.Value is null ? null : Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture));
        var again = DashboardViewState.FromQuery(query, Vocabulary);

        Assert.Equal(state with { Types = again.Types }, again);
        Assert.Equal(state.Types, again.Types);
        Assert.Equal("range", query["window"]);
        Assert.Equal("off", query["acled"]);
        Assert.Equal(5, again.ActiveFilterCount);
    }

    [Fact]
    public void ToQuery_LeavesOutWhatIsDefault()
    {
        var query = new DashboardViewState { Date = new DateOnly(2017, 1, 30), RangeStart = new DateOnly(2017, 1, 1) }.ToQuery();

        Assert.Equal("2017-01-30", query["date"]);
        Assert.Equal("month", query["window"]);
        Assert.All(["from", "types", "side", "actor", "confidence", "article", "acled", "lat", "lon", "zoom"], name => Assert.Null(query[name]));
    }

    [Theory]
    [InlineData(TimeWindow.Day, "2017-01-30", 1)]
    [InlineData(TimeWindow.Week, "2017-01-24", 7)]
    [InlineData(TimeWindow.Month, "2016-12-31", 30)]
    [InlineData(TimeWindow.Year, "2016-01-31", 91)]
    public void WindowStart_AndStep_FollowTheWindow(TimeWindow window, string start, int step)
    {
        var state = new DashboardViewState { Date = new DateOnly(2017, 1, 30), Window = window };

        Assert.Equal(DateOnly.Parse(start), state.WindowStart);
        Assert.Equal(step, state.StepDays);
    }

    [Fact]
    public void ClampTo_MovesDatesIntoTheSpan_AndDefaultsToItsEnd()
    {
        Assert.Equal(Last, Read().ClampTo(First, Last).Date);
        Assert.Equal(Last.AddDays(-DashboardViewState.DefaultRangeDays), Read().ClampTo(First, Last).RangeStart);
        Assert.Equal(First, Read(("date", "1990-01-01")).ClampTo(First, Last).Date);
        var range = Read(("date", "2017-01-30"), ("from", "2017-06-01"), ("window", "range")).ClampTo(First, Last);
        Assert.Equal(new DateOnly(2017, 1, 30), range.RangeStart);
        Assert.Null(new DashboardViewState { Window = TimeWindow.AllToDate, Date = Last }.WindowFrom);
    }

    [Fact]
    public void Range_KeepsItsWidthWhenStepped_AndRestarts()
    {
        var range = new DashboardViewState { Window = TimeWindow.Range, Date = new DateOnly(2017, 1, 30), RangeStart = new DateOnly(2017, 1, 10) };

        var stepped = range.MoveBy(range.StepDays, First, Last);
        Assert.Equal(5, range.StepDays);
        Assert.Equal((new DateOnly(2017, 1, 15), new DateOnly(2017, 2, 4)), (stepped.RangeStart!.Value, stepped.Date!.Value));
        var restarted = range.Restart(First, Last);
        Assert.Equal((First, First.AddDays(20)), (restarted.RangeStart!.Value, restarted.Date!.Value));
        Assert.Equal(Last, range.MoveBy(10_000, First, Last).Date);
    }

    [Fact]
    public void SlidersPush_TheOtherEndOfARange()
    {
        var range = new DashboardViewState { Window = TimeWindow.Range, Date = new DateOnly(2017, 1, 30), RangeStart = new DateOnly(2017, 1, 10) };

        Assert.Equal(new DateOnly(2017, 1, 5), range.WithDate(new DateOnly(2017, 1, 5), First, Last).RangeStart);
        Assert.Equal(new DateOnly(2017, 2, 9), range.WithRangeStart(new DateOnly(2017, 2, 9), First, Last).Date);
    }

    [Fact]
    public void SwitchingToRange_StartsWhereThePreviousWindowStarted()
    {
        var week = new DashboardViewState { Window = TimeWindow.Week, Date = new DateOnly(2017, 1, 30) };
        var everything = week with { Window = TimeWindow.AllToDate };

        Assert.Equal(new DateOnly(2017, 1, 24), week.WithWindow(TimeWindow.Range, First).RangeStart);
        Assert.Equal(First, everything.WithWindow(TimeWindow.Range, First).RangeStart);
    }

    [Fact]
    public void Issue17_12_ShowPeriod_MakesATrendsBarTheWindow_TheSliderOnItsLastDayWithinTheSpan()
    {
        var state = new DashboardViewState { Date = new DateOnly(2017, 3, 1), Window = TimeWindow.Year };
        var (first, last) = (new DateOnly(2015, 9, 13), new DateOnly(2018, 1, 11));

        var week = state.ShowPeriod(new TrendPeriod(new DateOnly(2017, 1, 23), TrendGranularity.Week), first, last);
        var month = state.ShowPeriod(new TrendPeriod(new DateOnly(2018, 1, 1), TrendGranularity.Month), first, last);

        Assert.Equal((TimeWindow.IsoWeek, new DateOnly(2017, 1, 29)), (week.Window, week.Date));
        Assert.Equal((new DateOnly(2017, 1, 23), new DateOnly(2017, 1, 29)), (week.WindowStart, week.WindowEnd));
        Assert.Equal((TimeWindow.CalendarMonth, new DateOnly(2018, 1, 11)), (month.Window, month.Date));
        Assert.Equal(new DateOnly(2018, 1, 1), month.WindowStart);
    }
}
