using System.Text.Json;
using MapDashboard.Core.Control;
using MapDashboard.Core.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MapDashboard.Core.Tests.Control;

public class ControlLayerBuilderTests
{
    private static readonly Geometry Square = new WKTReader().Read("POLYGON ((35.5 34.5, 37 34.5, 37 35.5, 35.5 35.5, 35.5 34.5))");
    private static readonly DateOnly Day1 = new(2017, 1, 10);
    private static readonly DateOnly Day2 = new(2017, 1, 30);

    private static ControlChange Change(string id, double lat, double lon, DateOnly date, string controller) =>
        new(id, id, lat, lon, date, controller, null, "captured", 0.8);

    private static ControlLayerBuilder Builder(params ControlChange[] changes) =>
        new(new ControlTimeline(changes), Square, c => (c == "saa" ? "pro-government" : "islamic-state", c == "saa" ? "#c62828" : "#37474f"));

    [Fact]
    public void TwoSites_SplitAtTheBisector_EachWithinTheRadius()
    {
        // 20 km apart east-west at 35° N: 0.2196° of longitude.
        var builder = Builder(Change("a", 35, 36.0, Day1, "saa"), Change("b", 35, 36.2196, Day1, "isis"));

        var areas = builder.AreasAt(Day2);

        Assert.Equal(2, areas.Count);
        var a = areas["saa"].Area;
        var b = areas["isis"].Area;
        Assert.True(a.Intersection(b).Area < 1e-9);
        Assert.True(a.EnvelopeInternal.MaxX <= 36.1098 + 1e-6, a.AsText());
        Assert.True(b.EnvelopeInternal.MinX >= 36.1098 - 1e-6, b.AsText());
        foreach (var c in a.Coordinates)
        {
            Assert.True(GeoDistance.Kilometres(35, 36.0, c.Y, c.X) <= 12.1);
        }
        Assert.InRange(a.Area, 0.03, 0.045); // a 12 km disc is 0.045 square degrees at 35° N, less the cap past the bisector
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
        Assert.Single(Builder([.. timeline.Of("tadef"), .. timeline.Of("aran")]).AreasAt(Day2));
    }

    [Fact]
    public void SameControlState_IsComputedOnce()
    {
        var builder = Builder(Change("a", 35, 36.0, Day1, "saa"), Change("b", 35.2, 36.5, Day2, "isis"));

        builder.GeoJsonAt(new DateOnly(2017, 1, 12));
        builder.GeoJsonAt(new DateOnly(2017, 1, 20));
        builder.GeoJsonAt(new DateOnly(2017, 2, 5));

        Assert.Equal(2, builder.Computations);
    }

    [Fact]
    public void GeoJson_IsAFeatureCollectionWithControllerSideColourAndPlaces()
    {
        var json = JsonDocument.Parse(Builder(Change("a", 35, 36.0, Day1, "saa"), Change("a2", 35, 36.0, Day1, "saa")).GeoJsonAt(Day2)).RootElement;

        Assert.Equal("FeatureCollection", json.GetProperty("type").GetString());
        var feature = Assert.Single(json.GetProperty("features").EnumerateArray().ToList());
        var p = feature.GetProperty("properties");
        Assert.Equal(("saa", "pro-government", "#c62828"), (p.GetProperty("controller").GetString(), p.GetProperty("side").GetString(), p.GetProperty("colour").GetString()));
        Assert.Equal("Polygon", feature.GetProperty("geometry").GetProperty("type").GetString());
    }

    [Fact]
    public void NothingHeldYet_IsAnEmptyCollection()
    {
        var json = JsonDocument.Parse(Builder(Change("a", 35, 36, Day2, "saa")).GeoJsonAt(Day1)).RootElement;

        Assert.Empty(json.GetProperty("features").EnumerateArray());
    }
}
