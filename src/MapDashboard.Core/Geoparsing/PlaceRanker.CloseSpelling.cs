using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geo;

namespace MapDashboard.Core.Geoparsing;

/// <summary>When a reading found only by a close spelling (one letter from the name as written) may be taken.</summary>
public sealed partial class PlaceRanker
{
    /// <summary>
    /// A close-spelling reading is a guess unless the text supports it: another point place of the article lies within
    /// <see cref="RankerOptions.LookAlikeNeighbourKm"/> of it, or, for the closest of many consonant look-alikes
    /// (<see cref="MatchKind.CloseSpelling"/>: "Luwaybdah" / "Luwaybidah"), its sub-district, district or governorate
    /// is named in the article. A reading one letter from a name read only abroad (<see cref="MatchKind.Fuzzy"/>:
    /// "Baza'a" / "Bza'a") needs the nearby place: it competes with a namesake spelled as written. Otherwise the name
    /// stays unresolved, as a name the gazetteer lacks. A report that names no other point place cannot support the
    /// reading, nor speak against it: there the closest look-alike is taken when it is the name's only reading (one
    /// letter from the name as written, the other look-alikes sharing only consonants), unless the text calls the name a
    /// part of a city ("A neighbourhood", "the quarter of A"), which no village elsewhere is.
    /// </summary>
    private bool CloseSpellingAlone(List<Scored> scored, int index, Place?[] picks, Article article)
    {
        var top = scored[0].Candidate;
        if (top.Kind is not (MatchKind.Fuzzy or MatchKind.CloseSpelling) || (top.Kind == MatchKind.CloseSpelling && scored[0].AdminBonus > 0))
        {
            return false;
        }
        if (PickNearby(top.Place, index, picks))
        {
            return false;
        }
        return scored.Count > 1 || OtherPointPicked(index, picks) || NamedAsCityPart(article.Text, article.Mentions[index]);
    }

    /// <summary>
    /// A hill or mountain read only by its consonants ("Tall Binasra" for the curated hill "Tell Banasrah") is taken where
    /// the text supports it, as a close spelling is: its sub-district, district or governorate named, another place of
    /// the article within <see cref="RankerOptions.LookAlikeNeighbourKm"/>, or no other place in the report (a point, or a
    /// name left unresolved) to speak against it. A report naming the villages of one front with a hill of like consonants in another governorate
    /// (a "Tal X" listed with villages of Daraa, the hill of those consonants 400 km off) leaves the name unresolved.
    /// </summary>
    private bool HillByConsonantsUnsupported(List<Scored> scored, int index, Place?[] picks)
    {
        var top = scored[0].Candidate;
        if (top.Kind < MatchKind.Skeleton || top.Place.FeatureCode is not ("HLL" or "MT") || scored[0].AdminBonus > 0)
        {
            return false;
        }
        return !PickNearby(top.Place, index, picks) && OtherPlaceNamed(index, picks);
    }

    /// <summary>Whether the report names another place than a country or an area: a point picked, or a name left unresolved.</summary>
    private static bool OtherPlaceNamed(int index, Place?[] picks)
    {
        for (var j = 0; j < picks.Length; j++)
        {
            if (j != index && picks[j] is not { IsArea: true })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether another mention's pick is a point (not a country or an area).</summary>
    private static bool OtherPointPicked(int index, Place?[] picks)
    {
        for (var j = 0; j < picks.Length; j++)
        {
            if (j != index && picks[j] is { IsCountry: false, IsArea: false })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"A neighbourhood", "the quarter of A": a city-part word (word list <c>city-part</c>) right after the name, or before it with "of".</summary>
    private static bool NamedAsCityPart(string? text, PlaceMention mention)
    {
        if (text is null)
        {
            return false;
        }
        var after = WordAfter(text, mention.End);
        return GeoparsingWords.Default.Contains("city-part", after) || LocatorConstraint.CityPartBefore(text, mention.Start);
    }

    /// <summary>
    /// A close spelling of a two-consonant name ("Abisah" one letter from "Al Yabisah") lying on another side of the
    /// governorate's seat than the compass part the text names ("in the southern countryside of Aleppo"): such names have
    /// look-alikes all over a governorate, and the compass word is the text's only word on which one is meant.
    /// </summary>
    private static bool ShortLookAlikeOffSide(GeoCandidate reading, Func<Place, bool>[] parts) =>
        reading.Kind == MatchKind.CloseSpelling && parts.Length > 0 && NameFolding.Skeleton(reading.MatchedName).Length < 3 && !parts[^1](reading.Place);
}
