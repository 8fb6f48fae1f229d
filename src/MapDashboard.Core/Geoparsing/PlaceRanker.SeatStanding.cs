using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geo;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// A governorate's or district's seat against a small namesake: the other places of the article may not lift the
/// namesake over the seat ("Rebels shelled Hama and Aleppo": a village named Hamah lies near Aleppo, but the text means
/// the city of Hama). Two cities are named together wherever they lie, so nearness to a named city is no evidence for a
/// village of the other's name; nearness to a named village still is (villages are named beside their neighbours), and
/// between a village and a sub-district's seat nearness still decides.
/// </summary>
public sealed partial class PlaceRanker
{
    /// <summary>Cues by which the text qualifies a name (a settlement word, a region, a direction, "near", a road or a facility): no bare name.</summary>
    private const MentionCue QualifyingCues = MentionCue.Settlement | MentionCue.Region | MentionCue.Facility | MentionCue.Near | MentionCue.Direction | MentionCue.Road | MentionCue.Province;

    /// <summary>
    /// Caps, for a bare name (no <see cref="QualifyingCues"/>, no container named right after it), the support from the rest of the article (<see cref="Scored.Support"/>: the admin names, nearness to the
    /// other picks, the list-mate and far penalties) of each plain place a seat outranks (<see cref="OutranksAsSeat"/>)
    /// at the seat's own, when the seat's name matches as well as the place's: its own fit (the name, its cues,
    /// prominence) must then carry it, as when the name stood alone.
    /// </summary>
    private void KeepSeatStanding(List<Scored> scored, int index, Article article, Place?[] picks)
    {
        if ((article.Mentions[index].Cues & QualifyingCues) != 0 || LocatedByNext(index, article))
        {
            // "Sur village", "the town of Sur", "Sur in Deir ez-Zor", "Sur near Hasakah": the text qualifies or locates the name, and its context decides.
            return;
        }
        Scored? seat = null;
        foreach (var s in scored)
        {
            if (s.Candidate.Place.FeatureCode is "PPLC" or "PPLA" or "PPLA2" && s.Candidate.Place.FeatureClass == "P" && (seat is null || s.Score > seat.Score))
            {
                seat = s;
            }
        }
        if (seat is null)
        {
            return;
        }
        for (var k = 0; k < scored.Count; k++)
        {
            var s = scored[k];
            // Only against a namesake of the seat's own country: a seat abroad ("Annaba" in Algeria, a district seat in Iraq) has no
            // standing over a village of the region the report is about, whose context still decides.
            if (s.Support > seat.Support && s.Candidate.Kind >= seat.Candidate.Kind && s.Candidate.Place.CountryCode == seat.Candidate.Place.CountryCode
                && OutranksAsSeat(seat.Candidate.Place, s.Candidate.Place)
                && !VillageNearby(s.Candidate.Place, index, picks))
            {
                scored[k] = s with { Score = s.Score - s.Support + seat.Support, Support = seat.Support };
            }
        }
    }

    /// <summary>Whether the next place of the sentence, named right after this one, contains or locates it ("A in B", "A, B", "A near B", "A east of B").</summary>
    private static bool LocatedByNext(int index, Article article)
    {
        if (index + 1 >= article.Mentions.Count)
        {
            return false;
        }
        var (mention, next) = (article.Mentions[index], article.Mentions[index + 1]);
        return MentionNeighbours.IsContainer(index + 1, article.Mentions, article.Text)
            || (next.SentenceStart == mention.SentenceStart && (next.Cues & (MentionCue.Near | MentionCue.Direction)) != 0 && next.Start - mention.End <= 24);
    }

    /// <summary>
    /// Whether another mention's pick near <paramref name="place"/> (within <see cref="RankerOptions.SentenceCoherenceKm"/>)
    /// is a village, town or sub-district's seat (no governorate's or district's seat): such places are named beside their
    /// neighbours, so that nearness is evidence.
    /// </summary>
    private bool VillageNearby(Place place, int index, Place?[] picks)
    {
        var (from, to) = ContextOf(index, picks.Length);
        for (var j = from; j < to; j++)
        {
            if (j != index && picks[j] is { FeatureClass: "P", FeatureCode: not ("PPLC" or "PPLA" or "PPLA2") } other && other.Id != place.Id
                && GeoDistance.ApproxKilometres(place.Lat, place.Lon, other.Lat, other.Lon) <= options.SentenceCoherenceKm)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A populated place that is no seat, under <see cref="RankerOptions.NearVillageMaxPopulation"/> people and a tenth of
    /// the seat's (when the seat's is known); or a governorate or district of its name (a bare name means the city, <see cref="CandidateFit.Type"/>).
    /// </summary>
    private bool OutranksAsSeat(Place seat, Place other) =>
        other.FeatureCode is "ADM1" or "ADM2"
        || (other.FeatureClass == "P" && !IsSeat(other) && other.Population < options.NearVillageMaxPopulation
            && (seat.Population <= 0 || other.Population * 10 <= seat.Population));
}
