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
    /// stays unresolved, as a name the gazetteer lacks.
    /// </summary>
    private bool CloseSpellingAlone(List<Scored> scored, int index, Place?[] picks)
    {
        var top = scored[0].Candidate;
        if (top.Kind is not (MatchKind.Fuzzy or MatchKind.CloseSpelling) || (top.Kind == MatchKind.CloseSpelling && scored[0].AdminBonus > 0))
        {
            return false;
        }
        return !PickNearby(top.Place, index, picks);
    }

    /// <summary>
    /// A close spelling of a two-consonant name ("Abisah" one letter from "Al Yabisah") lying on another side of the
    /// governorate's seat than the compass part the text names ("in the southern countryside of Aleppo"): such names have
    /// look-alikes all over a governorate, and the compass word is the text's only word on which one is meant.
    /// </summary>
    private static bool ShortLookAlikeOffSide(GeoCandidate reading, Func<Place, bool>[] parts) =>
        reading.Kind == MatchKind.CloseSpelling && parts.Length > 0 && NameFolding.Skeleton(reading.MatchedName).Length < 3 && !parts[^1](reading.Place);
}
