using System.Globalization;
using System.Text.Json.Nodes;

namespace MapDashboard.Data.Control;

/// <summary>
/// The control layer at a date as one GeoJSON document: the areas (a FeatureCollection) with two foreign members,
/// <c>date</c> and <c>places</c>: every place of known control at the date, who held it, how and on whose word, and its
/// periods up to the date, each with its source and evidence. Periods that begin after the date are left out.
/// </summary>
public static class ControlPlacesJson
{
    /// <summary>The areas' FeatureCollection with the date and the places added.</summary>
    public static string Compose(string areasGeoJson, IEnumerable<ControlPeriod> periods, DateOnly date)
    {
        var root = JsonNode.Parse(areasGeoJson)!.AsObject();
        root["date"] = Format(date);
        var places = new JsonArray();
        foreach (var place in periods.Where(p => p.ValidFrom <= date).GroupBy(p => p.PlaceId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var history = place.OrderBy(p => p.ValidFrom).ThenBy(p => p.Id).ToList();
            var since = history[^1].ValidFrom;
            var current = history.Where(p => p.ValidFrom == since).ToList();
            if (current.Where(p => p.Source == ControlPeriodStore.Correction).MaxBy(p => p.Id) is { } correction)
            {
                current = [correction];
            }
            var controllers = current.Select(p => p.Controller).Distinct().ToList();
            var latest = current[^1];
            places.Add(new JsonObject
            {
                ["id"] = latest.PlaceId,
                ["name"] = latest.PlaceName,
                ["lat"] = Math.Round(latest.Lat, 5),
                ["lon"] = Math.Round(latest.Lon, 5),
                ["kind"] = latest.Kind,
                ["precision"] = latest.Precision,
                ["controllers"] = new JsonArray(controllers.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray()),
                ["status"] = controllers.Count > 1 ? "contested" : latest.Status,
                ["since"] = Format(since),
                ["source"] = latest.Source,
                ["evidence"] = latest.Evidence,
                ["periods"] = new JsonArray(history.Select(Period(date)).ToArray()),
            });
        }
        root["places"] = places;
        return root.ToJsonString();
    }

    private static Func<ControlPeriod, JsonNode> Period(DateOnly date) => p => new JsonObject
    {
        ["id"] = p.Id,
        ["controller"] = p.Controller,
        ["status"] = p.Status,
        ["from"] = Format(p.ValidFrom),
        // What came after the date is not known at it.
        ["to"] = p.ValidTo is { } to && to <= date ? Format(to) : null,
        ["source"] = p.Source,
        ["confidence"] = p.Confidence,
        ["evidence"] = p.Evidence,
        ["verb"] = p.Verb,
        ["note"] = p.Note,
    };

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
