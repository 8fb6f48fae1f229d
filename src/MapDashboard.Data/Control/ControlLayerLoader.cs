using System.Text.Json;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Control;
using MapDashboard.Data.Store;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace MapDashboard.Data.Control;

/// <summary>
/// Builds the control layer from a store: its control periods as a timeline, over a country's outline from the
/// offline basemap, each controller drawn in its side's colour. The dashboard and the command line share it.
/// </summary>
public static class ControlLayerLoader
{
    /// <summary>The basemap file holding the country outlines (under wwwroot-assets/ and the web root).</summary>
    public const string CountriesFile = "basemap/countries.geojson";

    /// <summary>A country's outline from a GeoJSON FeatureCollection with an <c>iso_a2</c> property.</summary>
    public static Geometry ReadOutline(Stream countries, string iso = "SY")
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        using var document = JsonDocument.Parse(countries);
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            if (feature.GetProperty("properties").GetProperty("iso_a2").GetString() == iso)
            {
                return feature.GetProperty("geometry").Deserialize<Geometry>(options)!;
            }
        }
        throw new InvalidDataException($"{CountriesFile} has no outline for {iso}.");
    }

    /// <summary>
    /// The store's control timeline, built from the control periods of every source (the baseline snapshot, articles,
    /// ACLED's territory rows, analysts' corrections) with their status, source, kind and evidence, and a layer builder over it.
    /// </summary>
    public static async Task<(ControlTimeline Timeline, ControlLayerBuilder Builder)> LoadAsync(EventQueries queries, FactionCatalogue factions, Geometry outline,
        CancellationToken cancellationToken = default)
    {
        var timeline = new ControlTimeline(ControlPeriodChanges.From(await queries.ControlPeriods.ListAsync(cancellationToken)));
        var builder = new ControlLayerBuilder(timeline, outline, controller =>
        {
            var side = factions.SideOf(controller);
            return (side.Name, side.Colour);
        });
        return (timeline, builder);
    }
}
