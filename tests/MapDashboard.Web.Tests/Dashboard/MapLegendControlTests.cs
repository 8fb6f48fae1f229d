using Bunit;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Control;
using MapDashboard.Web.Components.Dashboard;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using NetTopologySuite.IO;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>The legend's control rows show the builder's counts of areas and places per side at the date.</summary>
public sealed class MapLegendControlTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();

    public Task InitializeAsync()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddSingleton(FactionCatalogue.LoadDefault());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public void ControlRows_CountAreasAndPlacesPerSide_AsDrawn()
    {
        var day = new DateOnly(2018, 3, 1);
        ControlChange Change(string id, double lat, double lon, string controller) => new(id, "Village " + id, lat, lon, day, controller, null, "captured", 0.8);
        // Two separate government clusters (two areas, three places), one opposition village, one contested village.
        var timeline = new ControlTimeline(
        [
            Change("a", 35, 36.0, "saa"), Change("b", 35, 36.08, "saa"), Change("c", 35, 36.9, "saa"),
            Change("d", 35.3, 36.4, "fsa"), Change("e", 34.8, 36.5, "fsa") with { Status = ControlStatus.Contested },
        ]);
        var square = new WKTReader().Read("POLYGON ((35.5 34.5, 37.5 34.5, 37.5 35.5, 35.5 35.5, 35.5 34.5))");
        var legend = new ControlLayerBuilder(timeline, square, c => c == "saa" ? ("Government", "#c62828") : ("Opposition", "#2e7d32")).LayerAt(day).Legend;

        var rendered = _context.Render<MapLegend>(p => p.Add(l => l.ControlLegend, legend));

        var rows = rendered.FindAll("[data-testid=control-legend-row]").Select(r => r.TextContent.Trim()).ToList();
        Assert.Equal(["Contested: 1 area, 1 place", "Government: 2 areas, 3 places", "Opposition: 1 area, 1 place"], rows);
        Assert.Contains("Control at the date (4 areas, 5 places)", rendered.Markup);
    }

    [Fact]
    public void NoControlDrawn_SaysSo_AndShowsTheSidesColours()
    {
        var rendered = _context.Render<MapLegend>();

        Assert.Empty(rendered.FindAll("[data-testid=control-legend-row]"));
        Assert.Contains("Control at the date (none drawn)", rendered.Markup);
        // Every side that holds ground has its swatch, the two sides since December 2024 too.
        foreach (var name in new[] { "Government and allies", "Islamic State", "Syrian government since December 2024", "Armed remnants of the Assad regime (since December 2024)" })
        {
            Assert.Contains(name, rendered.Markup);
        }
        Assert.DoesNotContain("Unknown side", rendered.Markup);
    }
}
