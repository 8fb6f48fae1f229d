using Bunit;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Control;
using MapDashboard.Web.Components.Dashboard;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>Issue #20, point 1: the changed-hands rows of the list beside the map open the analyst's correction form for their place.</summary>
public sealed class EventListCorrectionTests : IAsyncLifetime
{
    private static readonly EventWindow NoEvents = new(0, false, [], []);
    private readonly BunitContext _context = new();

    public Task InitializeAsync()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddSingleton(FactionCatalogue.LoadDefault());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    // Two invented villages taken on invented days.
    private static readonly ChangedHands[] Changes =
    [
        new(new ControlChange("gaz:1001", "Kafr Example", 35.1, 36.6, new DateOnly(2019, 4, 2), "saa", "hayat-tahrir-al-sham", "captured", 0.8), "2 Apr 2019"),
        new(new ControlChange("gaz:1002", "Tell Invented", 35.2, 36.7, new DateOnly(2019, 4, 9), "hayat-tahrir-al-sham", "saa", "recaptured", 0.8), "9 Apr 2019"),
    ];

    [Fact]
    public void CorrectOnAChangedHandsRow_RaisesItsPlace_IdAndDisplayName()
    {
        var asked = new List<ControlCorrectionTarget>();
        var rendered = _context.Render<EventList>(p => p
            .Add(l => l.Window, NoEvents)
            .Add(l => l.Changes, Changes)
            .Add(l => l.OnCorrect, (ControlCorrectionTarget t) => asked.Add(t)));

        var buttons = rendered.FindAll("[data-testid=changed-hands-correct]");
        Assert.Equal(["gaz:1001", "gaz:1002"], buttons.Select(b => b.GetAttribute("data-place-id")));
        buttons[1].Click();

        Assert.Equal([new ControlCorrectionTarget("gaz:1002", "Tell Invented", "list")], asked);
        Assert.Contains("Tell Invented", buttons[1].GetAttribute("title"));
    }

    [Fact]
    public void WithoutAHandler_TheRowsOfferNoCorrection()
    {
        var rendered = _context.Render<EventList>(p => p.Add(l => l.Window, NoEvents).Add(l => l.Changes, Changes));

        Assert.Equal(2, rendered.FindAll("[data-testid=changed-hands]").Count);
        Assert.Empty(rendered.FindAll("[data-testid=changed-hands-correct]"));
    }
}
