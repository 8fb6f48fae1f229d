using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Articles;
using MapDashboard.Core.Geo;
using MapDashboard.Core.Pipeline;

namespace MapDashboard.Core.Geoparsing;

/// <summary>When the ranker takes its best reading of a name, and when it leaves the name unresolved instead.</summary>
public sealed partial class PlaceRanker
{
    /// <summary>A pick needs enough confidence and enough support in absolute terms (a lone far-away namesake has neither).</summary>
    private bool Accepts(List<Scored> scored, int index, Place?[] picks, Article article) =>
        scored[0].Score >= options.MinScore && Confidence(scored) >= options.MinConfidence && !TiedWithAFarNamesake(scored)
        && !LooseAmongManyLookAlikes(scored, index, picks) && !CloseSpellingAlone(scored, index, picks, article) && !HillByConsonantsUnsupported(scored, index, picks) && !UnsupportedForeignVillage(scored[0].Candidate.Place, index, article, picks);

    /// <summary>
    /// A loose (consonant) match among many look-alike names ("Gubar" shares its consonants with a dozen places) is a
    /// reading only next to another place of the article; alone, prominence would pick a town that merely shares them.
    /// </summary>
    private bool LooseAmongManyLookAlikes(List<Scored> scored, int index, Place?[] picks)
    {
        var top = scored[0].Candidate;
        if (top.Kind < MatchKind.Skeleton || scored.Count(s => s.Candidate.Kind >= MatchKind.Skeleton) <= options.MaxLooseLookAlikes)
        {
            return false;
        }
        return !PickNearby(top.Place, index, picks);
    }

    /// <summary>Whether another mention's pick (a point, not a country or an area) lies within the look-alike neighbour distance of <paramref name="place"/>.</summary>
    private bool PickNearby(Place place, int index, Place?[] picks)
    {
        for (var j = 0; j < picks.Length; j++)
        {
            if (j != index && picks[j] is { IsCountry: false, IsArea: false } other && other.Id != place.Id
                && GeoDistance.ApproxKilometres(place.Lat, place.Lon, other.Lat, other.Lon) <= options.LookAlikeNeighbourKm)
            {
                return true;
            }
        }
        return false;
    }

    private bool TiedWithAFarNamesake(List<Scored> scored)
    {
        var top = scored[0].Candidate.Place;
        for (var k = 1; k < scored.Count && scored[0].Score - scored[k].Score < options.MinLeadOverNamesake; k++)
        {
            var other = scored[k].Candidate.Place;
            if (Outweighs(top, other))
            {
                continue;
            }
            if (GeoDistance.ApproxKilometres(top.Lat, top.Lon, other.Lat, other.Lon) > options.NamesakeKm)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A town (at least <see cref="RankerOptions.NearVillageMaxPopulation"/> people) against a namesake of unknown or a
    /// tenth of its population: a bare name in a report means the town, as analysts read it.
    /// </summary>
    private bool Outweighs(Place town, Place other) =>
        (town.FeatureClass == "P" && town.Population >= options.NearVillageMaxPopulation && other.Population * 10 <= town.Population)
        || (IsSeat(town) && other.FeatureCode == "PPL" && other.Population < options.NearVillageMaxPopulation);

    /// <summary>
    /// A seat of a governorate, district or sub-district (OCHA's lists give no populations): against a plain village of
    /// the same name it is the reading analysts take, as a town is.
    /// </summary>
    private static bool IsSeat(Place place) => place.FeatureClass == "P" && place.FeatureCode is "PPLA" or "PPLA2" or "PPLA3" or "PPLC";

    private double Confidence(List<Scored> scored)
    {
        var top = scored[0].Score;
        var absolute = Math.Clamp((top - _w.ConfidenceFloor) / _w.ConfidenceSpan, 0, 1);
        var separation = scored.Count == 1 ? 1 : Math.Clamp((top - scored[1].Score) / _w.SeparationSpan, 0, 1);
        return 0.5 * absolute + 0.5 * separation;
    }
}
