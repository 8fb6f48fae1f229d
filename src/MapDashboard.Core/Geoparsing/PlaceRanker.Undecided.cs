using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geo;

namespace MapDashboard.Core.Geoparsing;

/// <summary>Village namesakes far apart that the text does not tell apart: no reading is taken.</summary>
public sealed partial class PlaceRanker
{
    /// <summary>
    /// The mentions whose pick, after the locators re-ranked among the readings that fit them (<paramref name="fits"/>),
    /// is an undecided namesake (<see cref="UndecidedNamesake"/>): left unresolved as far villages are, and no anchor of
    /// another name.
    /// </summary>
    private bool[] UndecidedNamesakes(Article article, IReadOnlyList<IReadOnlyList<GeoCandidate>> candidates, Place?[] picks, Func<Place, bool>?[] fits, bool[] dropped)
    {
        var undecided = new bool[picks.Length];
        for (var i = 0; i < picks.Length; i++)
        {
            if (picks[i] is { } pick && !dropped[i] && Score(i, article, candidates[i], picks, coherence: true, fits[i]) is { Count: > 1 } scored
                && scored[0].Candidate.Place.Id == pick.Id)
            {
                undecided[i] = UndecidedNamesake(scored, i, picks, article);
            }
        }
        return undecided;
    }

    /// <summary>
    /// Whether the best reading is a village (not a town of <see cref="RankerOptions.NearVillageMaxPopulation"/>, not a
    /// seat, not an area) with a namesake read as well (a point in the same country, matched the same way: both spelled as
    /// written, or both only after folding; a reading spelled as the report writes it is evidence) more
    /// than <see cref="RankerOptions.UndecidedNamesakeKm"/> away, while nothing in the text prefers it: no admin unit named
    /// that holds it and not the namesake, no town or district named as its locator (nor a compass part of a governorate
    /// that holds one reading only), and no other place of the report (a point, or a governorate's point) that pulls
    /// towards it rather than the namesake (<see cref="NearerOfTheReport"/>: a report names the places of one front together).
    /// Its lead then comes from the records alone (a population one source gives, a source's feature code), which says
    /// nothing about the village a report means: "a dot in the wrong village is worse than no dot". The name stays
    /// unresolved; a locator or a governorate the text names still anchors it (drawn near that place, precision 2), and
    /// a locator that fits one reading only re-ranks among the fitting ones, where the namesake is gone.
    /// </summary>
    private bool UndecidedNamesake(List<Scored> scored, int index, Place?[] picks, Article article)
    {
        var top = scored[0];
        var place = top.Candidate.Place;
        if (scored.Count < 2 || article.LocatorDecides[index] || top.Candidate.Kind >= MatchKind.Skeleton || !IsLoneVillage(place))
        {
            return false;
        }
        for (var k = 1; k < scored.Count; k++)
        {
            var other = scored[k];
            var namesake = other.Candidate.Place;
            if (other.Candidate.Kind == top.Candidate.Kind && !namesake.IsArea && !namesake.IsCountry && namesake.CountryCode == place.CountryCode
                && other.AdminBonus >= top.AdminBonus && !Outweighs(place, namesake) && !Outweighs(namesake, place)
                && GeoDistance.ApproxKilometres(place.Lat, place.Lon, namesake.Lat, namesake.Lon) > options.UndecidedNamesakeKm
                && !NearerOfTheReport(place, namesake, index, picks) && !InNamedPart(place, namesake, index, picks, article))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether another place the report names (a point, or a governorate's representative point) lies nearer to
    /// <paramref name="place"/> than to <paramref name="namesake"/> and within <see cref="RankerOptions.FarVillageKm"/> of it,
    /// or within <see cref="RankerOptions.ArticleCoherenceKm"/> (the distance at which places of one article support each
    /// other) and less than half as far from it as from the namesake: the report's area holds the one reading.
    /// </summary>
    private bool NearerOfTheReport(Place place, Place namesake, int index, Place?[] picks)
    {
        for (var j = 0; j < picks.Length; j++)
        {
            if (j == index || picks[j] is not { IsCountry: false } other || other.Id == place.Id || other.Id == namesake.Id)
            {
                continue;
            }
            var km = GeoDistance.ApproxKilometres(place.Lat, place.Lon, other.Lat, other.Lon);
            var namesakeKm = GeoDistance.ApproxKilometres(namesake.Lat, namesake.Lon, other.Lat, other.Lon);
            if ((km <= options.FarVillageKm && km < namesakeKm) || (km <= options.ArticleCoherenceKm && 2 * km < namesakeKm))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a locator found for a mention decides among its readings by itself: a town, a district's seat or a place
    /// named as a point ("A near B", "A in the B district"), or a compass part of a governorate holding a reading
    /// (<paramref name="inParts"/>); not a governorate named as a whole or as its countryside, which may hold every reading.
    /// </summary>
    private static bool LocatorDecides(Place? locator, PlaceMention locatorMention, bool inParts) =>
        inParts || (locator is { IsArea: false, IsCountry: false } && !(locator.FeatureCode is "PPLA" or "PPLC"
            && (locatorMention.IsRegional || (locatorMention.Cues & (MentionCue.Region | MentionCue.Province | MentionCue.Direction)) != 0)));

    /// <summary>
    /// Whether a governorate's compass part named in the mention's sentence ("the southern countryside of B", "eastern B")
    /// holds <paramref name="place"/> and not <paramref name="namesake"/>, seen from the governorate's seat.
    /// </summary>
    private static bool InNamedPart(Place place, Place namesake, int index, Place?[] picks, Article article)
    {
        var mentions = article.Mentions;
        for (var j = 0; j < picks.Length; j++)
        {
            if (j == index || mentions[j].SentenceStart != mentions[index].SentenceStart || picks[j] is not { } region
                || CompassSector.Bearing(CompassSector.PartWord(article.Text, mentions[j])) is not { } bearing
                || (region.FeatureClass == "P" ? region : j < article.Candidates.Count ? RegionSeat.Of(region, article.Candidates[j]) : null) is not { FeatureClass: "P" } seat)
            {
                continue;
            }
            if (CompassSector.Contains(seat, bearing, place) && !CompassSector.Contains(seat, bearing, namesake))
            {
                return true;
            }
        }
        return false;
    }
}
