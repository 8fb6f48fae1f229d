using System.Text.Json;
using MapDashboard.Core.Control;
using MapDashboard.Core.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MapDashboard.Core.Tests.Control;

/// <summary>The control layer's areas, fronts, symbols and legend over hand-made timelines inside a square "country".</summary>
public class ControlLayerBuilderTests
{
    internal static readonly Geometry Square = new WKTReader().Read("POLYGON ((35.5 34.5, 37.5 34.5, 37.5 35.5, 35.5 35.5, 35.5 34.5))");
    private static readonly DateOnly Day1 = new(2017, 1, 10);
    private static readonly DateOnly Day2 = new(2017, 1, 30);

    internal static ControlChange Change(string id, double lat, double lon, DateOnly date, string controller, string? name = null) =>
        new(id, name ?? id, lat, lon, date, controller, null, "captured", 0.8);

    internal static (string, string) Style(string controller) => controller switch
    {
        "saa" => ("pro-government", "#c62828"),
        "fsa" => ("opposition", "#2e7d32"),
        _ => ("islamic-state", "#37474f"),
    };

    private static ControlLayerBuilder Builder(params ControlChange[] changes) => new(new ControlTimeline(changes), Square, Style);

    private static JsonElement[] Features(ControlLayerBuilder builder, DateOnly date, string layer) =>
        JsonDocument.Parse(builder.GeoJsonAt(date)).RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("layer").GetString() == layer).ToArray();

    [Fact]
    public void TwoSites_SplitAtTheBisector_WithAFrontLineBetweenThem()
    {
        // 20 km apart east-west at 35° N: 0.2196° of longitude; the bisector at 36.1098.
        var builder = Builder(Change("a", 35, 36.0, Day1, "saa"), Change("b", 35, 36.2196, Day1, "isis"));

        var areas = builder.AreasAt(Day2).ToDictionary(a => a.Side);
        var front = Assert.Single(builder.FrontsAt(Day2));

        var a = areas["pro-government"].Geometry;
        var b = areas["islamic-state"].Geometry;
        Assert.True(a.Intersection(b).Area < 1e-9);
        Assert.True(a.EnvelopeInternal.MaxX <= 36.1098 + 1e-6, a.AsText());
        Assert.True(b.EnvelopeInternal.MinX >= 36.1098 - 1e-6, b.AsText());
        Assert.Equal(("islamic-state", "pro-government"), (front.SideA, front.SideB));
        Assert.All(front.Lines.Coordinates, c => Assert.InRange(c.X, 36.1097, 36.1099));
        Assert.True(front.Lines.Length > 0.1, front.Lines.AsText()); // along the bisector, as far as the reaches go
    }

    [Fact]
    public void Reach_GrowsWithSparsity_ButALoneTownDoesNotClaimTheDesert()
    {
        // Four villages 2 km apart (a dense cluster) and one lone town 60 km east of them.
        var builder = Builder(
            Change("v1", 35, 36.0, Day1, "saa"), Change("v2", 35.018, 36.0, Day1, "saa"),
            Change("v3", 35, 36.022, Day1, "saa"), Change("v4", 35.018, 36.022, Day1, "saa"),
            Change("town", 35, 36.66, Day1, "isis"));
        var options = new ControlLayerOptions();

        var areas = builder.AreasAt(Day2).ToDictionary(a => a.Side);

        // Each village reaches 1.5 x its third neighbour (2.8 km), at least the minimum: nowhere near 20 km.
        Assert.All(areas["pro-government"].Geometry.Coordinates, c => Assert.True(GeoDistance.Kilometres(35.009, 36.011, c.Y, c.X) < 7));
        // The lone town reaches the maximum, and no further.
        var town = areas["islamic-state"].Geometry;
        Assert.All(town.Coordinates, c => Assert.True(GeoDistance.Kilometres(35, 36.66, c.Y, c.X) <= options.MaxRadiusKm + 0.3)); // the disc is drawn in a local frame, the check is great-circle
        Assert.Contains(town.Coordinates, c => GeoDistance.Kilometres(35, 36.66, c.Y, c.X) > options.MaxRadiusKm - 1);
    }

    [Fact]
    public void Areas_AreDissolvedPerSide_AndTheLegendCountsAreasAndPlaces()
    {
        // Three government villages in a row, 8 km apart, and two more 50 km away: two government areas of 5 places.
        var builder = Builder(
            Change("a", 35, 36.0, Day1, "saa"), Change("b", 35, 36.088, Day1, "saa"), Change("c", 35, 36.176, Day1, "saa"),
            Change("d", 35.0, 36.7, Day1, "saa"), Change("e", 35.07, 36.7, Day1, "saa"));

        var area = Assert.Single(builder.AreasAt(Day2));
        var legend = Assert.Single(builder.LayerAt(Day2).Legend);

        Assert.Equal(2, area.Geometry.NumGeometries);
        Assert.True(area.Geometry.IsValid);
        Assert.Equal(new ControlLegendEntry("held", "pro-government", "#c62828", 2, 5), legend);
    }

    [Fact]
    public void AnEnclave_IsAHoleInTheSurroundingSidesArea()
    {
        // Eight government villages on a ring of about 6 km around one ISIS-held village.
        var ring = Enumerable.Range(0, 8).Select(i => Change($"r{i}", 35 + 0.055 * Math.Sin(i * Math.PI / 4), 36.5 + 0.067 * Math.Cos(i * Math.PI / 4), Day1, "saa"));
        var builder = Builder([.. ring, Change("enclave", 35, 36.5, Day1, "isis")]);

        var government = Assert.Single(builder.AreasAt(Day2), a => a.Side == "pro-government").Geometry;

        var polygon = Assert.IsType<Polygon>(Assert.Single(Enumerable.Range(0, government.NumGeometries).Select(government.GetGeometryN)));
        Assert.Equal(1, polygon.NumInteriorRings);
        Assert.True(polygon.IsValid);
        Assert.False(polygon.Contains(new Point(36.5, 35)));
        var front = Assert.IsType<LineString>(Assert.Single(Enumerable.Range(0, Assert.Single(builder.FrontsAt(Day2)).Lines.NumGeometries)
            .Select(builder.FrontsAt(Day2)[0].Lines.GetGeometryN)));
        Assert.True(front.IsClosed, front.AsText()); // the front runs all round the enclave
    }

    [Fact]
    public void ContestedPlace_IsHatchedApart_NotPartOfASidesArea()
    {
        var builder = Builder(
            Change("a", 35, 36.0, Day1, "saa"), Change("b", 35, 36.2, Day1, "saa"),
            Change("c", 35, 36.1, Day2, "saa"), Change("c", 35, 36.1, Day2, "isis"),
            Change("d", 35.1, 36.1, Day2, "isis") with { Status = ControlStatus.Contested });

        var areas = builder.AreasAt(Day2);
        var legend = builder.LayerAt(Day2).Legend;

        var held = Assert.Single(areas, a => a.Category == "held");
        var contested = Assert.Single(areas, a => a.Category == "contested");
        Assert.Equal(["a", "b"], held.Places.Select(p => p.PlaceId).Order());
        Assert.Equal(["c", "d"], contested.Places.Select(p => p.PlaceId).Order());
        Assert.False(held.Geometry.Contains(new Point(36.1, 35)));
        Assert.True(contested.Geometry.Contains(new Point(36.1, 35)));
        Assert.Empty(builder.FrontsAt(Day2)); // a contested place makes no front
        Assert.Contains(legend, e => e is { Category: "contested", Places: 2 });
    }

    [Fact]
    public void SharedPlace_IsItsOwnArea_BesiegedStaysHeld()
    {
        var builder = Builder(
            Change("a", 35, 36.0, Day1, "fsa") with { Status = ControlStatus.Shared },
            Change("b", 35, 36.2, Day1, "saa") with { Status = ControlStatus.Besieged });

        var areas = builder.AreasAt(Day2);
        var legend = builder.LayerAt(Day2).Legend;

        Assert.Equal([("held", "pro-government"), ("shared", "opposition")], areas.Select(a => (a.Category, a.Side)).Order());
        Assert.Equal([("held", "pro-government", 1), ("shared", "opposition", 1)], legend.Select(e => (e.Category, e.Side, e.Places)));
        Assert.Single(builder.FrontsAt(Day2)); // a shared area still meets the other side along a front
    }

    [Fact]
    public void MilitarySite_NearASettlement_IsASymbolNotASeed_ALoneOneSeeds()
    {
        var builder = Builder(
            Change("town", 35, 36.0, Day1, "saa"),
            Change("hill", 35, 36.033, Day1, "isis") with { Kind = "hill" }, // 3 km from the town
            Change("base", 35.3, 37.2, Day1, "saa") with { Kind = "airbase" }); // far from every settlement

        var areas = builder.AreasAt(Day2);
        var places = Features(builder, Day2, "place");

        Assert.Equal(["base", "town"], areas.SelectMany(a => a.Places).Select(p => p.PlaceId).Order());
        Assert.DoesNotContain(areas, a => a.Side == "islamic-state");
        var hill = Assert.Single(places, p => p.GetProperty("properties").GetProperty("kind").GetString() == "hill").GetProperty("properties");
        Assert.False(hill.GetProperty("seed").GetBoolean());
        Assert.Equal("islamic-state", hill.GetProperty("side").GetString());
        Assert.Contains(builder.LayerAt(Day2).Legend, e => e is { Side: "islamic-state", Areas: 0, Places: 1 });
    }

    [Fact]
    public void AreaPopup_ListsEachPlaceOnce_ByName_WithDateSourceAndEvidence()
    {
        var builder = Builder(
            Change("P1", 35, 36.0, Day1, "saa", "Kafr Dummy") with { Source = "baseline", Evidence = "snapshot:test-2017" },
            Change("P2", 35, 36.0, Day1, "saa", "Kafr Dummy") with { Source = "baseline", Evidence = "snapshot:test-2017" },
            Change("P3", 35, 36.1, Day2, "saa", "Tell Invented") with { Evidence = "/article/7?event=2" });

        var json = builder.GeoJsonAt(Day2);
        var area = Assert.Single(Features(builder, Day2, "area")).GetProperty("properties");
        var places = area.GetProperty("places").EnumerateArray().ToList();

        Assert.Equal(["Tell Invented", "Kafr Dummy"], places.Select(p => p.GetProperty("text").GetString()));
        Assert.Equal("/article/7?event=2", places[0].GetProperty("evidence").GetString());
        Assert.Equal(("baseline", "snapshot:test-2017", "2017-01-10"),
            (places[1].GetProperty("source").GetString(), places[1].GetProperty("evidence").GetString(), places[1].GetProperty("date").GetString()));
        Assert.Equal(2, area.GetProperty("placeCount").GetInt32());
        // Ids travel as data for the correction form (placeId), never in what the popup shows.
        Assert.Contains(places[1].GetProperty("placeId").GetString(), new[] { "P1", "P2" });
        Assert.Equal("P3", places[0].GetProperty("placeId").GetString());
        foreach (var shown in new[] { "\"text\":\"P", "\"label\":\"P", "\"name\":\"P" })
        {
            Assert.DoesNotContain(shown, json);
        }
        Assert.DoesNotContain("P1", area.GetProperty("label").GetString());
    }

    [Fact]
    public void OldEvidence_FadesAndSaysHowOld_AndAPlacePopupShowsItsHistory()
    {
        var date = Day1.AddDays(245); // about 8 months
        var builder = Builder(Change("a", 35, 36.0, Day1.AddDays(-30), "isis", "Tell Imagined") with { Source = "baseline", Evidence = "snapshot:s" },
            Change("a", 35, 36.0, Day1, "saa", "Tell Imagined") with { Evidence = "/article/3?event=1" });

        var area = Assert.Single(Features(builder, date, "area")).GetProperty("properties");
        var place = Assert.Single(Features(builder, date, "place")).GetProperty("properties");

        Assert.Equal("Held by pro-government: 1 place, last evidence 8 months old", area.GetProperty("label").GetString());
        Assert.Equal(new ControlLayerOptions().OpacityOf(1), area.GetProperty("ageOpacity").GetDouble());
        Assert.True(area.GetProperty("ageOpacity").GetDouble() < 1);
        var history = place.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["islamic-state", "pro-government"], history.Select(h => h.GetProperty("text").GetString()));
        Assert.Equal(["baseline", "article"], history.Select(h => h.GetProperty("source").GetString()));
    }

    [Fact]
    public void NothingIsDrawnBeforeTheFirstChange_AndALaterPlacesCellStaysBlankUntilItsEvidence()
    {
        var builder = Builder(Change("a", 35, 36.0, Day1, "saa"), Change("b", 35, 36.2, Day2, "isis"));

        Assert.Empty(JsonDocument.Parse(builder.GeoJsonAt(Day1.AddDays(-1))).RootElement.GetProperty("features").EnumerateArray());
        Assert.Empty(builder.AreasAt(Day1.AddDays(-1)));
        var early = Assert.Single(builder.AreasAt(Day1));
        Assert.False(early.Geometry.Intersects(new Point(36.15, 35)));
        Assert.Equal(2, builder.AreasAt(Day2).Count);
    }

    [Fact]
    public void EachDate_IsComputedOnce()
    {
        var builder = Builder(Change("a", 35, 36.0, Day1, "saa"), Change("b", 35.2, 36.5, Day2, "isis"));

        builder.GeoJsonAt(Day2);
        builder.GeoJsonAt(Day2);
        builder.GeoJsonAt(Day2.AddDays(7));
        builder.GeoJsonAt(Day1.AddDays(-3)); // before anything: no computation

        Assert.Equal(2, builder.Computations);
    }

    [Fact]
    public async Task ADateAskedForByManyAtOnce_IsComputedOnce_AndAllGetTheSameLayer()
    {
        // A build ahead and the slider's own request (and other circuits) may ask for one date together.
        var builder = Builder(Change("a", 35, 36.0, Day1, "saa"), Change("b", 35.2, 36.5, Day2, "isis"));
        using var start = new Barrier(4);

        var requests = Enumerable.Range(0, 4).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return builder.LayerAt(Day2);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();
        var layers = await Task.WhenAll(requests);

        Assert.Equal(1, builder.Computations);
        Assert.All(layers, layer => Assert.Same(layers[0], layer));
        Assert.True(builder.IsCached(Day2));
        Assert.False(builder.IsCached(Day2.AddDays(1)));
    }

    [Fact]
    public void Areas_AreClippedToTheCountrysOutline()
    {
        // A town 3 km inside the square's western border: its reach (at least 3 km) crosses the border.
        var builder = Builder(Change("edge", 35.0, 35.53, Day1, "saa"), Change("far", 35.0, 37.0, Day1, "fsa"));

        var area = builder.AreasAt(Day2).Single(a => a.Side == "pro-government").Geometry;

        Assert.True(Square.Buffer(1e-9).Covers(area), area.AsText());
        Assert.True(area.EnvelopeInternal.MinX >= 35.5 - 1e-9, area.AsText());
        Assert.True(area.EnvelopeInternal.MaxX > 35.55, area.AsText()); // it still reaches east, inside the border
    }

    [Fact]
    public void Disc_IsTwelveKilometresOnTheGround()
    {
        var disc = ControlLayerBuilder.Disc(36, 37, 12);

        Assert.All(disc.Coordinates, c => Assert.InRange(GeoDistance.Kilometres(36, 37, c.Y, c.X), 11.9, 12.1));
    }

    [Fact]
    public void ControllerAtADate_IsTheLatestChange_AndSameDayContradictionsAreContested()
    {
        var timeline = new ControlTimeline(
        [
            Change("tadef", 35.1, 36.3, Day1, "isis"), Change("tadef", 35.1, 36.3, Day2, "saa"),
            Change("aran", 35.2, 36.5, Day2, "saa"), Change("aran", 35.2, 36.5, Day2, "isis"),
        ]);

        var before = timeline.At(new DateOnly(2017, 1, 20)).ToList();
        var after = timeline.At(Day2).ToDictionary(h => h.Latest.PlaceId);

        Assert.Equal("isis", Assert.Single(before).Latest.Controller);
        Assert.Equal("saa", after["tadef"].Latest.Controller);
        Assert.Equal(["saa", "isis"], after["aran"].Claims);
    }
}
