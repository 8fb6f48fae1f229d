using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer;

/// <summary>
/// The order of place search results on both providers: places one of whose names folds to exactly the typed text,
/// then those with a name starting with it; within each, Syria, its neighbours, then the world (in the SQL).
/// </summary>
internal static class PlaceSearchOrder
{
    /// <summary>The country searched first.</summary>
    public const string FocusCountry = "SY";

    /// <summary>The neighbours searched next: the geoparser's focus countries other than Syria.</summary>
    public static IEnumerable<string> Region => Composition.PlaceIndexLoader.FocusCountries.Where(c => c != FocusCountry);

    /// <summary>The exact tier, then the prefix tier without repeats, up to <paramref name="limit"/>.</summary>
    public static List<Place> Tiers(IEnumerable<Place> exact, IEnumerable<Place> prefix, int limit)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return exact.Concat(prefix).Where(p => seen.Add(p.Id)).Take(limit).ToList();
    }
}
