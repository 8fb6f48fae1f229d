using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Dapper;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Control;
using MapDashboard.Data;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Union;

namespace MapDashboard.Benchmarks;

/// <summary>
/// Control-layer computation (Voronoi cells, clipped to the outline and the radius, unioned per controller, as GeoJSON)
/// for 1,000 and 10,000 held places, uncached: each operation is a fresh builder, as after the store changes.
/// The bundled gazetteer holds only 326 Syrian places, so the places are the N real populated places nearest Syria's
/// centre (1k: Syria and its neighbours; 10k: out to about 1,500 km) and the outline is the union of the basemap
/// outlines of their countries, clipped to their extent. Controllers are territorial, as in the war: every place takes
/// the controller of its nearest "front" anchor (one per 40 places, drawn from a weighted mix of the catalogue's
/// ground forces), 5 % are enclaves of another controller, 2 % contested (two claims on one day), and every place
/// has one to three earlier changes of hands.
/// Run: dotnet run -c Release --project tests/MapDashboard.Benchmarks -- --filter '*ControlLayer*'
/// </summary>
[Config(typeof(LatencyConfig))]
public class ControlLayerBenchmarks
{
    private static readonly (double Lat, double Lon) SyriaCentre = (35.0, 38.5);
    private static readonly DateOnly At = new(2021, 1, 1);

    // Ground forces that hold places, weighted roughly by how much of the map they held.
    private static readonly (string Controller, double Weight)[] Mix =
    [
        ("saa", 35), ("sdf", 15), ("islamic-state", 12), ("hayat-tahrir-al-sham", 10), ("fsa", 10),
        ("turkish-armed-forces", 6), ("ypg", 5), ("ahrar-al-sham", 4), ("jaish-al-islam", 3),
    ];

    private ControlTimeline _timeline = default!;
    private Geometry _outline = default!;
    private Func<string, (string Side, string Colour)> _style = default!;

    [Params(1_000, 10_000)]
    public int Places { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var layout = RepositoryLayout.DiscoverOrThrow();
        var places = NearestPlaces(layout.GazetteerDatabase, Places);
        _timeline = new ControlTimeline(Changes(places, seed: 3));
        _outline = Outline(Path.Combine(layout.WwwrootAssets, "basemap", "world.geojson"), places);
        var factions = FactionCatalogue.LoadDefault();
        foreach (var (controller, _) in Mix)
        {
            _ = factions.Get(controller) ?? throw new InvalidOperationException($"{controller} is not in the faction catalogue.");
        }
        _style = c => (factions.SideOf(c).Name, factions.SideOf(c).Colour);
        var held = new ControlLayerBuilder(_timeline, _outline, _style).AreasAt(At);
        Console.WriteLine($"// {Places} places, {_timeline.ChangeDates.Length} change days, {held.Count} controllers, " +
                          $"{held.Values.Sum(a => a.Places.Count)} places drawn, outline {_outline.NumPoints} points");
    }

    [Benchmark]
    public int ControlLayer() => new ControlLayerBuilder(_timeline, _outline, _style).GeoJsonAt(At).Length;

    /// <summary>A populated place of the gazetteer.</summary>
    public sealed class Place
    {
        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public double Lat { get; set; }

        public double Lon { get; set; }

        public string Country { get; set; } = "";
    }

    private static List<Place> NearestPlaces(string gazetteer, int count)
    {
        using var connection = new SqliteConnectionFactory(gazetteer, readOnly: true).OpenAsync().GetAwaiter().GetResult();
        var rows = connection.Query<Place>("""
            SELECT id AS Id, name AS Name, lat AS Lat, lon AS Lon, country AS Country
            FROM places WHERE feature_class = 'P' AND country IS NOT NULL ORDER BY id
            """).AsList();
        var cos = Math.Cos(SyriaCentre.Lat * Math.PI / 180);
        var nearest = rows.OrderBy(p => Square(p.Lat - SyriaCentre.Lat) + Square((p.Lon - SyriaCentre.Lon) * cos)).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Take(count).ToList();
        if (nearest.Count < count)
        {
            throw new InvalidOperationException($"The gazetteer holds only {nearest.Count} populated places; the benchmark needs {count}.");
        }
        return nearest;
    }

    private static double Square(double x) => x * x;

    private static IEnumerable<ControlChange> Changes(List<Place> places, int seed)
    {
        var random = new Random(seed);
        var cumulative = Mix.Select(m => m.Weight).ToArray();
        for (var i = 1; i < cumulative.Length; i++)
        {
            cumulative[i] += cumulative[i - 1];
        }
        string Draw()
        {
            var target = random.NextDouble() * cumulative[^1];
            return Mix[Array.FindIndex(cumulative, c => c >= target)].Controller;
        }

        var anchors = places.OrderBy(_ => random.Next()).Take(Math.Max(2, places.Count / 40)).Select(p => (p.Lat, p.Lon, Controller: Draw())).ToList();
        var first = new DateOnly(2012, 1, 1).DayNumber;
        var last = new DateOnly(2020, 12, 31).DayNumber;
        foreach (var place in places)
        {
            var front = anchors.MinBy(a => Square(a.Lat - place.Lat) + Square(a.Lon - place.Lon)).Controller;
            var holder = random.NextDouble() < 0.05 ? Draw() : front;
            var days = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => random.Next(first, last)).Distinct().Order().ToList();
            string? previous = null;
            for (var i = 0; i < days.Count; i++)
            {
                var controller = i == days.Count - 1 ? holder : Draw();
                var date = DateOnly.FromDayNumber(days[i]);
                yield return new ControlChange(place.Id, place.Name, place.Lat, place.Lon, date, controller, previous, "seized", 0.8);
                previous = controller;
            }
            if (random.NextDouble() < 0.02)
            {
                var other = Draw();
                if (other != holder)
                {
                    yield return new ControlChange(place.Id, place.Name, place.Lat, place.Lon, DateOnly.FromDayNumber(days[^1]), other, previous, "seized", 0.6);
                }
            }
        }
    }

    /// <summary>The union of the basemap outlines of the places' countries, clipped to the places' extent plus a degree.</summary>
    private static Geometry Outline(string worldGeoJson, List<Place> places)
    {
        var countries = places.Select(p => p.Country).ToHashSet(StringComparer.Ordinal);
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        using var document = JsonDocument.Parse(File.ReadAllText(worldGeoJson));
        var extent = new Envelope();
        places.ForEach(p => extent.ExpandToInclude(p.Lon, p.Lat));
        extent.ExpandBy(1);
        var clip = new GeometryFactory(new PrecisionModel(), 4326).ToGeometry(extent);
        var parts = document.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => countries.Contains(f.GetProperty("properties").GetProperty("iso_a2").GetString() ?? ""))
            .Select(f => GeometryFixer.Fix(f.GetProperty("geometry").Deserialize<Geometry>(options)!).Intersection(clip))
            .Where(g => !g.IsEmpty).ToList();
        return UnaryUnionOp.Union(parts);
    }
}
