using Bunit;
using MapDashboard.Web.Components.Dashboard;
using MapDashboard.Web.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>Issue 17.3: a labelled time axis, the date as the slider's accessible value, and the histogram in line with the sliders in range mode.</summary>
public sealed class TimeAxisTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();

    public Task InitializeAsync()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddSingleton(new CircuitMonitor());
        _context.Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    private IRenderedComponent<TimeBar> Render(DashboardViewState state, (DateOnly, DateOnly) span) =>
        _context.Render<TimeBar>(p => p.Add(t => t.State, state).Add(t => t.Span, span).Add(t => t.StateChanged, (DashboardViewState _) => { }));

    [Fact]
    public void Issue17_LongSpan_HasAYearTickPerYear_AndNoMonthTicks()
    {
        var ticks = TimeAxis.Ticks(new DateOnly(2014, 3, 5), new DateOnly(2019, 8, 1));

        Assert.Equal(["2015", "2016", "2017", "2018", "2019"], ticks.Select(t => t.Label));
        Assert.All(ticks, t => Assert.True(t.Year));
        Assert.InRange(ticks[0].Percent, 14, 16); // 302 of 1975 days
    }

    [Fact]
    public void Issue17_ShortSpan_HasMonthTicks_LabelledByName()
    {
        var ticks = TimeAxis.Ticks(new DateOnly(2016, 11, 20), new DateOnly(2017, 4, 10));

        Assert.Equal(["Dec", "2017", "Feb", "Mar", "Apr"], ticks.Select(t => t.Label));
        Assert.Equal([false, true, false, false, false], ticks.Select(t => t.Year));
        Assert.Equal(ticks.OrderBy(t => t.Percent), ticks);
    }

    [Fact]
    public void Issue17_TimeBar_DrawsTheAxis_AndSpeaksTheDate()
    {
        var bar = Render(new DashboardViewState { Date = new DateOnly(2017, 1, 30), Window = TimeWindow.Month }, (new DateOnly(2016, 1, 1), new DateOnly(2018, 12, 31)));

        var labels = bar.FindAll("[data-testid=time-axis] .md-tick-year").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["2016", "2017", "2018"], labels);
        var slider = bar.Find("[data-testid=time-slider] input[type=range]");
        Assert.Equal("30 January 2017", slider.GetAttribute("aria-valuetext"));
    }

    [Fact]
    public void Issue17_RangeMode_HistogramAndAxisSitInTheSlidersColumn()
    {
        var bar = Render(new DashboardViewState { Date = new DateOnly(2017, 1, 30), Window = TimeWindow.Range, RangeStart = new DateOnly(2016, 6, 1) },
            (new DateOnly(2016, 1, 1), new DateOnly(2018, 12, 31)));

        // Each row of the time bar (histogram, from slider, to slider, axis) has the label column, so all start at the same x.
        var rows = bar.FindAll(".md-range-row");
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.QuerySelector(".md-range-label")));
        Assert.NotNull(rows[0].QuerySelector("[data-testid=histogram]"));
        Assert.Equal("1 June 2016", bar.Find("[data-testid=range-start-slider] input[type=range]").GetAttribute("aria-valuetext"));
    }
}
