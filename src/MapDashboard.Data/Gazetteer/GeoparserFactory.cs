using System.Diagnostics;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Data.Gazetteer;

/// <summary>Builds the geoparser over the bundled gazetteer: loads the place index into memory once (the start-up cost).</summary>
public static class GeoparserFactory
{
    /// <summary>Syria and its neighbours: every name of their places is matched, not only the large ones.</summary>
    public static readonly IReadOnlyList<string> FocusCountries = ["SY", "TR", "IQ", "JO", "LB", "IL", "PS"];

    /// <summary>Populated places elsewhere are matched when at least this large (capitals and countries always).</summary>
    public const long MinWorldPopulation = 100_000;

    /// <summary>Loads the index and returns the geoparser with how long loading took.</summary>
    public static Task<(Geoparser Geoparser, PlaceIndex Index, TimeSpan LoadTime)> CreateAsync(string gazetteerPath, RankerOptions? options = null, CancellationToken cancellationToken = default) =>
        CreateAsync(new SqliteGazetteer(gazetteerPath), options, cancellationToken);

    /// <summary>Loads the index from either gazetteer provider (see <see cref="GazetteerStore.IndexSource"/>) and returns the geoparser with how long loading took.</summary>
    public static async Task<(Geoparser Geoparser, PlaceIndex Index, TimeSpan LoadTime)> CreateAsync(IPlaceIndexSource source, RankerOptions? options = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var entries = await source.LoadIndexEntriesAsync(FocusCountries, MinWorldPopulation, cancellationToken);
        var index = PlaceIndex.Build(entries);
        return (new Geoparser(index, options), index, clock.Elapsed);
    }
}
