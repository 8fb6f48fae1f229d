using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>A name whose namesakes the other places of the report tell apart (<see cref="NeighbourEvidence"/>).</summary>
public sealed partial class PlaceRanker
{
    /// <summary>
    /// The reading the report's other places settle for mention <paramref name="index"/>: for an unresolved name, and for
    /// a pick lying near none of them. A reading the text's admin names support less than the pick (or than the best
    /// supported reading) is not taken: a governorate or district the report names outweighs a neighbour.
    /// </summary>
    private NeighbourEvidence.Settled? SettledByNeighbours(int index, IReadOnlyList<PlaceMention> mentions, List<Scored> scored, bool accepted, Place?[] picks)
    {
        if (scored.Count < 2 || (accepted && scored[0].Candidate.Place.IsArea) || (mentions[index].Cues & (MentionCue.Region | MentionCue.Province | MentionCue.Direction)) != 0)
        {
            return null; // a region ("Hama province", "eastern Homs") is not one of a village's namesakes
        }
        var readings = scored.ConvertAll(s => s.Candidate).FindAll(c => !c.Place.IsArea);
        if (NeighbourEvidence.Settle(index, mentions, readings, accepted ? scored[0].Candidate.Place : null, picks, options) is not { } settled)
        {
            return null;
        }
        if (accepted && Outweighs(scored[0].Candidate.Place, settled.Reading.Place))
        {
            return null; // a bare name means the town or the seat, not a village of the same name near another place
        }
        var admin = scored.Find(s => s.Candidate.Place.Id == settled.Reading.Place.Id)!.AdminBonus;
        return admin >= scored.Max(s => s.AdminBonus) ? settled : null;
    }

    private ResolvedPlace Settled(PlaceMention mention, (int Start, int End, string Text) original, List<Scored> scored, NeighbourEvidence.Settled settled,
        IReadOnlyList<GeoCandidate> candidates)
    {
        var place = settled.Reading.Place;
        var reason = $"{settled.Reading.Kind.ToString().ToLowerInvariant()} match; {RankingReasons.Describe(place)}; the only reading of the name within "
            + $"{settled.Km:F0} km of {settled.Neighbour.Name}, named in the report ({scored.Count - 1} other candidate(s))";
        return ChosenByContext(mention, original, scored, place, reason, candidates);
    }

    /// <summary>
    /// A mention resolved to <paramref name="place"/>, one of its scored candidates that the report's context chose rather
    /// than the top score: the best other candidate is the runner-up, the confidence that of the whole scoring.
    /// </summary>
    private ResolvedPlace ChosenByContext(PlaceMention mention, (int Start, int End, string Text) original, List<Scored> scored, Place place, string reason,
        IReadOnlyList<GeoCandidate> candidates)
    {
        var runnerUp = scored.Find(s => s.Candidate.Place.Id != place.Id)?.Candidate.Place;
        return new ResolvedPlace(mention, original.Start, original.End, original.Text, place, Precision(mention, place), Math.Round(Confidence(scored), 2), reason,
            runnerUp, scored.Count, Seat: RegionSeat.Of(place, candidates));
    }
}
