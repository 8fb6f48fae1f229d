using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geo;

namespace MapDashboard.Core.Geoparsing;

/// <summary>A name the report calls a part of a city, read as a village far from every city of the report.</summary>
public sealed partial class PlaceRanker
{
    /// <summary>
    /// Marks (in <paramref name="undecided"/>, its pick removed) the mentions the text calls a part of a city ("the A neighbourhood", "the quarter of A", "A suburb"; word list
    /// <c>city-part</c>; "the A district" when A's reading is a village and no seat: word list <c>city-district</c>) whose pick
    /// is a village (not a town, a seat or an area) lying more than <see cref="LocatorConstraint.CityPartKm"/> from every
    /// city the report names (a seat of a governorate or district, the capital, or a town of
    /// <see cref="RankerOptions.NearVillageMaxPopulation"/>; a governorate named for its seat counts as the seat). A city's
    /// neighbourhood is no village elsewhere: the reading is a namesake, and A is left unresolved. Also when a governorate
    /// locates A ("the A district in Idlib"): its 100 km reach does not make A a part of its city ("A neighbourhood in B",
    /// <see cref="LocatorConstraint"/>'s city-part rule, has already kept only readings within a few km of B, or dropped A). Returned for each: the city it is drawn near (precision 2, as ACLED
    /// codes a city part it cannot place at the city): the nearest city named in its sentence, else the nearest named in
    /// the report; with no city named at all, none (A is listed, not drawn). A reading the gazetteer holds as a section of a
    /// populated place (PPLX) is a city part and kept.
    /// </summary>
    private int[] CityPartsElsewhere(Article article, Place?[] picks, Place?[] seats, int[] locators, bool[] dropped, bool[] undecided)
    {
        var notPart = new bool[picks.Length];
        var city = Enumerable.Repeat(-1, picks.Length).ToArray();
        var mentions = article.Mentions;
        for (var i = 0; i < picks.Length; i++)
        {
            if (picks[i] is not { } pick || dropped[i] || !IsLoneVillage(pick) || pick.FeatureCode == "PPLX"
                || !(NamedAsCityPart(article.Text, mentions[i]) || NamedAsDistrict(article.Text, mentions[i])))
            {
                continue;
            }
            var best = -1;
            var bestRank = (SameSentence: false, Gap: int.MaxValue);
            var inCity = false;
            for (var j = 0; j < picks.Length && !inCity; j++)
            {
                if (j == i || CityOf(picks[j], seats[j]) is not { } town)
                {
                    continue;
                }
                inCity = GeoDistance.ApproxKilometres(pick.Lat, pick.Lon, town.Lat, town.Lon) <= LocatorConstraint.CityPartKm;
                var rank = (mentions[j].SentenceStart == mentions[i].SentenceStart, Math.Abs(mentions[j].Start - mentions[i].Start));
                if (best < 0 || (rank.Item1 && !bestRank.SameSentence) || (rank.Item1 == bestRank.SameSentence && rank.Item2 < bestRank.Gap))
                {
                    (best, bestRank) = (j, rank);
                }
            }
            if (!inCity)
            {
                (notPart[i], city[i]) = (true, best);
            }
        }
        for (var i = 0; i < picks.Length; i++)
        {
            // Marked after the loop, so that every city-part test sees the same cities; left unresolved as undecided namesakes are.
            (undecided[i], picks[i]) = notPart[i] ? (true, null) : (undecided[i], picks[i]);
        }
        return city;
    }

    /// <summary>The city a mention was read as: its pick, or the seat of the governorate it was read as; none for a village.</summary>
    private Place? CityOf(Place? pick, Place? seat) =>
        (pick is { IsArea: true } ? seat : pick) is { FeatureClass: "P", IsCountry: false } town
        && (town.FeatureCode is "PPLC" or "PPLA" or "PPLA2" || town.Population >= options.NearVillageMaxPopulation) ? town : null;

    /// <summary>"the A district": a word of list <c>city-district</c> right after the name (the pick is then checked to be a village, not a seat).</summary>
    private static bool NamedAsDistrict(string? text, PlaceMention mention) =>
        text is not null && GeoparsingWords.Default.Contains("city-district", WordAfter(text, mention.End));

    /// <summary>
    /// The word right after <paramref name="end"/>: <c>text[end..].TrimStart().Split(' ', 2)[0].TrimEnd(',', '.', ';', ':')</c>,
    /// read without copying and splitting the rest of the article (asked for every seat candidate of every mention).
    /// </summary>
    internal static string WordAfter(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        var space = rest.IndexOf(' ');
        return (space < 0 ? rest : rest[..space]).TrimEnd(",.;:").ToString();
    }
}
