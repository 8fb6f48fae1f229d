using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geo;

namespace MapDashboard.Core.Geoparsing;

/// <summary>A village read far from every place of the report, while its sentence names a settled place elsewhere.</summary>
public sealed partial class PlaceRanker
{
    /// <summary>
    /// The mentions whose pick is a village (not a town, seat or area) that nothing in the text supports (no admin unit
    /// of it named, no locator of its own) and that lies more than <see cref="RankerOptions.FarVillageKm"/> from every other
    /// point place of the report, while its own sentence names a settled place (a town, a seat, or a place whose admin
    /// unit or locator the text gives): "shelled A and the outskirts of B" with A's only reading 300 km from B. A report
    /// names the places of one front together, so such a reading is a namesake of a place the gazetteer does not know;
    /// the name is left unresolved and drawn near the place of its sentence (precision 2) rather than at the namesake.
    /// A name the ranker left unresolved with a reading near the village supports it as a picked place does ("A and B"
    /// with two namesakes of B, one of them by A).
    /// </summary>
    private bool[] FarFromItsSentence(Article article, IReadOnlyList<IReadOnlyList<GeoCandidate>> candidates, Place?[] picks, int[] locators, bool[] dropped)
    {
        var far = new bool[picks.Length];
        var mentions = article.Mentions;
        for (var i = 0; i < picks.Length; i++)
        {
            if (picks[i] is not { } pick || dropped[i] || locators[i] >= 0 || !IsLoneVillage(pick) || (mentions[i].Cues & LocatingCues) != 0
                || article.Admin.Bonus(pick, mentions[i], _w) > 0)
            {
                continue;
            }
            var settled = false;
            var near = false;
            var (from, to) = ContextOf(i, picks.Length);
            for (var j = from; j < to && !near; j++)
            {
                if (j == i || string.Equals(mentions[j].Text, mentions[i].Text, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                if (picks[j] is null && !dropped[j])
                {
                    near = candidates[j].Any(c => !c.Place.IsArea && !c.Place.IsCountry && Within(pick, c.Place));
                    continue;
                }
                if (picks[j] is not { IsCountry: false, IsArea: false } other || other.Id == pick.Id)
                {
                    continue;
                }
                near = Within(pick, other);
                settled = settled || (mentions[j].SentenceStart == mentions[i].SentenceStart && Settled(other, j, article, candidates[j], locators));
            }
            far[i] = settled && !near;
        }
        return far;
    }

    private bool Within(Place village, Place other) =>
        GeoDistance.ApproxKilometres(village.Lat, village.Lon, other.Lat, other.Lon) <= options.FarVillageKm;

    /// <summary>A village: "near" it is still at it at the map's scale (its fields and approaches are a few km across).</summary>
    private bool IsVillage(Place place) =>
        place.FeatureClass == "P" && place.FeatureCode is not ("PPLC" or "PPLA" or "PPLA2") && place.Population < options.NearVillageMaxPopulation;

    /// <summary>A point place that is neither a seat of administration nor a town: the kind of place a far namesake is.</summary>
    private bool IsLoneVillage(Place place) =>
        !place.IsArea && !place.IsCountry && !IsSeat(place) && place.Population < options.NearVillageMaxPopulation;

    /// <summary>
    /// Whether a pick is one the text settles: a town or a seat, or a place whose admin unit or locator the text names.
    /// Not a place read by a code in capitals ("DAM", an airport's) from a word written otherwise ("the Dam").
    /// </summary>
    private bool Settled(Place place, int index, Article article, IReadOnlyList<GeoCandidate> candidates, int[] locators)
    {
        var mention = article.Mentions[index];
        if (candidates.FirstOrDefault(c => c.Place.Id == place.Id) is { } read && IsCode(read.MatchedName) && !IsCode(mention.Text))
        {
            return false;
        }
        return !IsLoneVillage(place) || locators[index] >= 0 || article.Admin.Bonus(place, mention, _w) > 0;
    }

    private static bool IsCode(string name) => name.Length >= 2 && name.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
