using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>A consonant look-alike inside the report's area against a namesake spelled as written outside it.</summary>
public sealed partial class PlaceRanker
{
    /// <summary>
    /// For a name some gazetteer name is spelled as, whose picked reading (<paramref name="current"/>; or the pick the
    /// far-village rule left out, <see cref="FarFromItsSentence"/>) lies outside the
    /// area the report states: the one consonant look-alike of the focus country inside it ("Kafr Hamra in the Atarib
    /// district" with Kafr Hamra spelled so only in Hama). The pick is outside when it lies in no admin unit the text names
    /// and farther than <see cref="RankerOptions.LookAlikeFarKm"/> from every other point place of the report; the area is
    /// the district or sub-district the sentence names, else the report's other point places (a look-alike within
    /// <see cref="RankerOptions.LookAlikeNearKm"/> of one). When the name's locator dropped every reading
    /// (<paramref name="locatedOut"/>: "A near B" with A far from B), the one look-alike the locator admits is taken.
    /// Two look-alikes inside, or none, settle nothing; an undecided name stays undecided.
    /// </summary>
    private GeoCandidate? LookAlikeInArea(int index, Article article, List<Scored> scored, Place? current, Place?[] picks, Func<Place, bool>? fit, bool locatedOut)
    {
        var mention = article.Mentions[index];
        if (locatedOut && fit is not null && article.LookAlikes is { } located && (mention.Cues & (MentionCue.Region | MentionCue.Province | MentionCue.Direction)) == 0)
        {
            // Every reading spelled as written lies elsewhere than the locator puts the name ("A near B" with A far from B):
            // the one look-alike there is A.
            var there = located[index].Where(a => fit(a.Place)).ToList();
            return there.Count == 1 ? there[0] : null;
        }
        if (current is null || article.LookAlikes is not { } all || all[index].Count == 0
            || (mention.Cues & (MentionCue.Region | MentionCue.Province | MentionCue.Direction)) != 0
            || scored.Find(s => s.Candidate.Place.Id == current.Id) is not { Candidate: var reading } || reading.Kind > MatchKind.Folded
            || current.IsArea || current.IsCountry || (fit is not null && fit(current)))
        {
            return null; // a region, a loose pick, or a pick where the text's locator puts the name ("A near B", "A in Hama")
        }
        var alikes = all[index].Where(a => fit is null || fit(a.Place)).ToList();
        if (alikes.Count == 0 || alikes.Any(a => Outweighs(current, a.Place)))
        {
            return null;
        }
        // The readings spelled as written: none in a unit the text names, none near another place of the report.
        List<GeoCandidate> readings = [reading];
        if (readings.Any(r => article.Admin.Bonus(r.Place, mention, _w) > 0
            || NeighbourEvidence.Nearest(index, article.Mentions, r.Place, readings, picks) is { } n && n.Km <= options.LookAlikeFarKm))
        {
            return null;
        }
        // The report repeating the name ("A and the A farms") names no sub-district of a look-alike: only other words do.
        var alikeAdmin = alikes.ConvertAll(a => article.Admin.BonusByOtherWords(a.Place, mention, _w));
        var bestAdmin = alikeAdmin.Max();
        if (bestAdmin >= _w.DistrictNamed)
        {
            // Its sentence names the district or sub-district of one look-alike (the smallest such unit, when several are named).
            var inside = alikes.Where((a, k) => alikeAdmin[k] == bestAdmin).ToList();
            return inside.Count == 1 ? inside[0] : null;
        }
        var near = alikes.FindAll(a => NeighbourEvidence.Nearest(index, article.Mentions, a.Place, alikes, picks) is { } n && n.Km <= options.LookAlikeNearKm);
        return near.Count == 1 ? near[0] : null;
    }

    private ResolvedPlace LookAlikePlace(PlaceMention mention, (int Start, int End, string Text) original, List<Scored> scored, GeoCandidate alike,
        IReadOnlyList<GeoCandidate> candidates)
    {
        var place = alike.Place;
        var reason = $"consonant look-alike ({alike.MatchedName}); {RankingReasons.Describe(place)}; the one such place in the area the report names, "
            + $"where no reading spelled as written lies ({scored.Count} other candidate(s))";
        return new ResolvedPlace(mention, original.Start, original.End, original.Text, place, Precision(mention, place), Math.Round(Confidence(scored), 2), reason,
            scored[0].Candidate.Place, scored.Count + 1, Seat: RegionSeat.Of(place, candidates));
    }
}
