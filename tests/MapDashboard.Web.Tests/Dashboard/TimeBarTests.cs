using Bunit;
using MapDashboard.Web.Components.Dashboard;
using MapDashboard.Web.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace MapDashboard.Web.Tests.Dashboard;

public sealed class TimeBarTests : IAsyncLifetime
{
    private static readonly (DateOnly First, DateOnly Last) Span = (new DateOnly(2016, 1, 1), new DateOnly(2018, 12, 31));

    private readonly BunitContext _context = new();
    private readonly CircuitMonitor _circuits = new();

    public Task InitializeAsync()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddSingleton(_circuits);
        _context.Services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["MapDashboard:BenchmarkMarks"] = "true" }).Build());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    private IRenderedComponent<TimeBar> Render(DashboardViewState state, List<DashboardViewState> changes) =>
        _context.Render<TimeBar>(p => p
            .Add(t => t.State, state)
            .Add(t => t.Span, Span)
            .Add(t => t.StateChanged, (DashboardViewState s) => changes.Add(s)));

    [Fact]
    public void KeyboardHooks_AreAttachedToTheDateSliderOnly_WithBenchmarkMarksFromConfiguration()
    {
        var module = _context.JSInterop.SetupModule("./Components/Dashboard/TimeBar.razor.js");
        module.SetupModule("attach", _ => true);

        var bar = Render(new DashboardViewState { Date = new DateOnly(2017, 1, 30) }, []);

        var attach = module.Invocations["attach"].Single();
        var dateSlider = bar.Find("[data-testid=time-slider]");
        Assert.Equal(dateSlider.GetAttribute("blazor:elementReference"), ((Microsoft.AspNetCore.Components.ElementReference)attach.Arguments[1]!).Id);
        Assert.Contains("benchmarkMarks = True", attach.Arguments[3]!.ToString());
        Assert.Equal(3, _circuits.InteropReferences);
    }

    [Theory]
    [InlineData("day", 1, "2017-01-31")]
    [InlineData("week", 1, "2017-02-06")]
    [InlineData("month", -1, "2016-12-31")]
    public async Task ArrowKey_StepsTheDateByTheWindow(string window, int direction, string expected)
    {
        var changes = new List<DashboardViewState>();
        var state = DashboardViewState.FromQuery(new Dictionary<string, string?> { ["date"] = "2017-01-30", ["window"] = window },
            new DashboardVocabulary(_ => false, _ => false, _ => false));
        var bar = Render(state, changes);

        await bar.InvokeAsync(() => bar.Instance.OnArrowKeyJs(direction));

        Assert.Equal(DateOnly.Parse(expected), Assert.Single(changes).Date);
    }

    [Fact]
    public async Task ArrowKey_StopsAtTheEndOfTheSpan()
    {
        var changes = new List<DashboardViewState>();
        var bar = Render(new DashboardViewState { Date = Span.Last, Window = TimeWindow.Week }, changes);

        await bar.InvokeAsync(() => bar.Instance.OnArrowKeyJs(1));

        Assert.Equal(Span.Last, Assert.Single(changes).Date);
    }

    [Fact]
    public async Task Dispose_ReleasesTheHooksAndTheirReferences()
    {
        var module = _context.JSInterop.SetupModule("./Components/Dashboard/TimeBar.razor.js");
        var hooks = module.SetupModule("attach", _ => true);
        hooks.SetupVoid("dispose").SetVoidResult();
        var bar = Render(new DashboardViewState { Date = new DateOnly(2017, 1, 30) }, []);

        await bar.Instance.DisposeAsync();

        Assert.Single(hooks.Invocations["dispose"]);
        Assert.Equal(0, _circuits.InteropReferences);
    }
}
