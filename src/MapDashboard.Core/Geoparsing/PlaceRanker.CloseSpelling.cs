using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geo;

namespace MapDashboard.Core.Geoparsing;

/// <summary>When a reading found only by a close spelling (one letter from the name as written) may be taken.</summary>
public sealed partial class PlaceRanker
{
    /// <summary>
    /// A close-spelling reading (<see cref="MatchKind.Fuzzy"/>: "Baza'a" read as the village "Bza'a") is a guess unless
    /// the context decides it: another point place of the article lies within
    /// <see cref="RankerOptions.LookAlikeNeighbourKm"/> of it. Alone it stays unresolved, as a name the gazetteer lacks.
    /// </summary>
    private bool CloseSpellingAlone(List<Scored> scored, int index, Place?[] picks)
    {
        var top = scored[0].Candidate;
        if (top.Kind != MatchKind.Fuzzy)
        {
            return false;
        }
        for (var j = 0; j < picks.Length; j++)
        {
            if (j != index && picks[j] is { IsCountry: false, IsArea: false } other && other.Id != top.Place.Id
                && GeoDistance.ApproxKilometres(top.Place.Lat, top.Place.Lon, other.Lat, other.Lon) <= options.LookAlikeNeighbourKm)
            {
                return false;
            }
        }
        return true;
    }
}
