using System.Text.RegularExpressions;
using MapDashboard.Core.Geo;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Events;

/// <summary>The places a sentence's event applies to: one event per place ("shelled A, B and C" is three events).</summary>
public static partial class EventTargets
{
    /// <summary>Those after the trigger when there are any, points before regions, places named only to locate or contain another left out.</summary>
    public static List<ResolvedPlace> Choose(List<ResolvedPlace> places, int triggerEnd, int sentenceStart, string subType, string sentence, Regex containerGap,
        Regex originBefore, Regex inContainerGap)
    {
        var candidates = places.Where(p => p.Place is not { IsCountry: true }).ToList();
        if (subType is EventType.Agreement or EventType.ChangeToGroup)
        {
            var region = candidates.FirstOrDefault(p => p.Place?.IsArea == true) ?? candidates.FirstOrDefault();
            return region is null ? [] : [region];
        }
        var afterTrigger = candidates.Where(p => p.Mention.Start - sentenceStart >= triggerEnd).ToList();
        // "X came under shelling in Hama province": when only governorates follow the trigger, a place named before it
        // that lies in one of them is the event's (a name elsewhere, a person's or a group's, is not). A named area
        // after the trigger ("the liberation of Wadi Barada") stays the event's place.
        var regions = afterTrigger.Where(p => !IsPoint(p) && (p.Seat is not null || p.Place is { FeatureCode: "ADM1" }))
            .Select(p => Admin1(p.Seat ?? p.Place)).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var before = candidates.Where(p => !afterTrigger.Contains(p) && IsPoint(p) && Admin1(p.Place ?? p.Anchor) is { } a && regions.Contains(a)).ToList();
        var pool = afterTrigger.Count == 0 ? candidates : afterTrigger.Any(IsPoint) || before.Count == 0 ? afterTrigger : [.. before, .. afterTrigger];
        // "kidnapped a civilian from A in the town of B": A is the person's home, not a place of the event nor B's anchor
        // (read as "A in B", it would make B only A's locator); the event is where the sentence puts it.
        // (Asked of the same places up to five times below: each mention's answer is worked out once, and the regex runs
        // only where the window before the mention holds one of the words every match of it holds.)
        var originOf = new Dictionary<int, bool>();
        bool Origin(ResolvedPlace p)
        {
            if (p.Mention.Start - sentenceStart is not (var at and > 0) || at > sentence.Length)
            {
                return false;
            }
            if (!originOf.TryGetValue(at, out var origin))
            {
                var window = sentence.AsSpan(Math.Max(0, at - 80), at - Math.Max(0, at - 80));
                originOf[at] = origin = GuardedRegex.For(originBefore).IsMatchFromEnd(window);
            }
            return origin;
        }
        if (pool.Any(Origin) && pool.Any(p => !Origin(p) && IsPoint(p)))
        {
            pool = pool.Where(p => !Origin(p)).ToList();
        }
        // "took control of it ... and cut the A-B road", "reached the road linking A and B", "advanced towards A": when the only
        // points after the trigger are a road the verb acts on or a place a movement heads for, the event is at the points
        // the sentence names before the trigger (the road's ends give way to them below).
        ResolvedPlace? roadRegion = null;
        if (pool.Any(IsPoint) && pool.Where(p => !(p.Place?.IsArea ?? false) && !p.Mention.IsRegional).All(RoadObject))
        {
            var earlier = candidates.Where(p => !pool.Contains(p) && IsPoint(p) && !Origin(p) && (p.Mention.Cues & (MentionCue.RoadFrom | MentionCue.RoadTo)) == 0).ToList();
            // "advanced in the countryside of A and cut the road linking B and C": with no point of its own, the sentence's
            // place is the region it names (A's countryside, a governorate's part), not a road end the verb acts on.
            // Only for a road named by both its ends ("the road to B" alone is a heading: "displaced from A on the road to B").
            var bothEnds = pool.Any(p => (p.Mention.Cues & MentionCue.RoadFrom) != 0) && pool.Any(p => (p.Mention.Cues & MentionCue.RoadTo) != 0);
            roadRegion = earlier.Count == 0 && bothEnds ? candidates.FirstOrDefault(p => RoadSentenceRegion(p) && !Origin(p)) : null;
            pool = [.. earlier, .. pool];
        }
        // "A in the B area", "A, in B" with B unknown and drawn at A, named right after it: B only says what lies around A,
        // so A is no locator of B (as X is of "B near X") and stays the event's place; B, at A's point, adds no event of its own.
        bool AreaAroundEarlier(ResolvedPlace q) => q.Place is null && q.Anchor is { } a && (q.Mention.Cues & (MentionCue.Region | MentionCue.Near)) != 0
            && pool.Any(p => p.Place?.Id == a.Id && p.Mention.End <= q.Mention.Start && p.Mention.End >= sentenceStart
                && q.Mention.Start - sentenceStart <= sentence.Length
                && inContainerGap.IsMatch(sentence[(p.Mention.End - sentenceStart)..(q.Mention.Start - sentenceStart)]));
        var aroundEarlier = new HashSet<ResolvedPlace>(pool.Where(AreaAroundEarlier), ReferenceEqualityComparer.Instance);
        var anchors = pool.Where(p => p.Place is not null && (p.Mention.Cues & MentionCue.ListedPlace) == 0).Select(p => p.Place!.Id)
            .Intersect(pool.Where(p => p.Anchor is not null && !aroundEarlier.Contains(p)).Select(p => p.Anchor!.Id)).ToHashSet();
        var points = pool.Where(p => !(p.Place?.IsArea ?? false) && !p.Mention.IsRegional && !(p.Place is not null && anchors.Contains(p.Place.Id))
            && !aroundEarlier.Contains(p)).ToList();
        points = RoadEnds.EventPlaces(points);
        if (roadRegion is not null && points.All(RoadObject))
        {
            points = [roadRegion.Precision >= 2 ? roadRegion : roadRegion with { Precision = 2 }];
        }
        // "Idlib province's A", "the B district's northern A area": the possessor only says where A lies; A, though named
        // with a compass or area word, is the finer place.
        var possessors = PlacePossessive.Possessors(pool, places, sentence, sentenceStart);
        var owned = possessors.Values.Where(a => pool.Contains(a) && (a.Place is { IsArea: false } || a.Anchor is not null) && !points.Contains(a)).ToList();
        if (owned.Count > 0 || points.Any(p => !possessors.ContainsKey(p)))
        {
            points = [.. points.Where(p => !possessors.ContainsKey(p)), .. owned];
        }
        // "seized several villages in Idlib, including A": the places listed after "including" are where it happened; the
        // town or region named before them (and the ones coordinated with it) only contains them, as a locator only locates.
        var containers = Containers(places, sentence, sentenceStart, containerGap);
        if (points.Any(p => !containers.Contains(p)))
        {
            points = points.Where(p => !containers.Contains(p)).ToList();
        }
        // "clashes in/around A near B", "A, east of B": B, named right after A to say where it lies, is no event of its own.
        var locating = NearLocators.Of(points, places, sentence, sentenceStart);
        points = points.Where(p => !locating.Contains(p)).ToList();
        // "the air base ... near the city of Dumayr": a place named only to locate another is not a second event.
        static bool Locator(ResolvedPlace p) => (p.Mention.Cues & MentionCue.Near) != 0 && (p.Mention.Cues & MentionCue.ListedPlace) == 0;
        if (points.Any(p => !Locator(p)))
        {
            points = points.Where(p => !Locator(p)).ToList();
        }
        points = TownAreasOverSeats(points, pool, places, sentence, sentenceStart, inContainerGap);
        points = WithoutCitiesOfParts(points, sentence, sentenceStart);
        // "in the X mountains in the B district": when only regions are named, a district named by its seat is finer than a
        // mountain range, a plain or a governorate named with it (near the seat, precision 2).
        var chosen = points.Count > 0 ? points : FinerDistrict(pool) is { } district ? [district] : pool.Take(1).ToList();
        // "the southern countryside of Idlib, around the Ariha district": when the sentence's places are a governorate named
        // as a region and a town or district inside it, the town is the more specific place (ACLED's rule 1).
        return chosen.Count > 0 && chosen.All(GovernorateRegion) && pool.FirstOrDefault(p => Inside(p, chosen[0])) is { } finer ? [finer] : chosen;
    }

    /// <summary>
    /// "shelled the A neighbourhood of B", "the A quarter in B city": the city B only says where its part A is, when the
    /// sentence puts A in it ("neighbourhood of / in", LocatorConstraint's city-part gap) and A was read within a few km of
    /// B. One event, at A; the city is left out as a locator is.
    /// </summary>
    private static List<ResolvedPlace> WithoutCitiesOfParts(List<ResolvedPlace> points, string sentence, int sentenceStart)
    {
        bool PartOf(ResolvedPlace part, ResolvedPlace city) => part != city && part.Place is { IsArea: false } p && city.Place is { FeatureClass: "P" } c
            && part.Mention.End <= city.Mention.Start && part.Mention.End >= sentenceStart && city.Mention.Start - sentenceStart <= sentence.Length
            && LocatorConstraint.IsCityPartGap(sentence.AsSpan(part.Mention.End - sentenceStart, city.Mention.Start - part.Mention.End))
            && GeoDistance.ApproxKilometres(p.Lat, p.Lon, c.Lat, c.Lon) <= LocatorConstraint.CityPartKm;
        var cities = points.Where(city => points.Any(part => PartOf(part, city))).ToList();
        return cities.Count == 0 ? points : points.Except(cities).ToList();
    }

    private static ResolvedPlace? FinerDistrict(List<ResolvedPlace> pool) =>
        pool.Count > 0 && (pool[0].Place is { IsArea: true, IsCountry: false } || GovernorateRegion(pool[0]))
        && pool.FirstOrDefault(p => p.Place is { IsArea: false, FeatureClass: "P", FeatureCode: not ("PPLA" or "PPLC") }
            && (p.Mention.IsRegional || (p.Mention.Cues & MentionCue.Region) != 0)) is { } seat
            ? seat with { Precision = Math.Max(seat.Precision, 2) } : null;

    private static bool GovernorateRegion(ResolvedPlace p) =>
        (p.Place is { FeatureCode: "ADM1" } || (p.Seat ?? p.Place) is { FeatureCode: "PPLA" or "PPLC" })
        && (p.Place is { IsArea: true } || p.Mention.IsRegional || (p.Mention.Cues & (MentionCue.Region | MentionCue.Direction | MentionCue.Province)) != 0);

    private static bool Inside(ResolvedPlace p, ResolvedPlace governorate) =>
        p.Place is { IsArea: false, FeatureClass: "P", FeatureCode: not ("PPLA" or "PPLC") } town && Admin1(town) is { } a && a == Admin1(governorate.Seat ?? governorate.Place);

    /// <summary>
    /// "clashes in the A area in Aleppo", "the eastern countryside of A town in Deir ez-Zor", "the outskirts of A of Homs": a
    /// governorate's seat named right after a town's area (or countryside) only contains it; the town is the more specific
    /// place, and the event's. Also through a chain of such containers ("the outskirts of A in the B district of Aleppo":
    /// B, a district named by its seat, contains A as Aleppo contains B), each joined to the next by "in" or "of".
    /// </summary>
    private static List<ResolvedPlace> TownAreasOverSeats(List<ResolvedPlace> points, List<ResolvedPlace> pool, List<ResolvedPlace> places, string sentence,
        int sentenceStart, Regex inContainerGap)
    {
        ResolvedPlace? Before(ResolvedPlace p) =>
            places.Where(a => a.Mention.End <= p.Mention.Start && a.Mention.Start >= sentenceStart).MaxBy(a => a.Mention.End);
        bool Contains(ResolvedPlace town, ResolvedPlace container) =>
            town.Place is { IsArea: false, FeatureClass: "P", FeatureCode: not ("PPLA" or "PPLC") } && pool.Contains(town)
            && (town.Mention.IsRegional || (town.Mention.Cues & (MentionCue.Region | MentionCue.Near)) != 0)
            && ContainerGap(sentence[(town.Mention.End - sentenceStart)..(container.Mention.Start - sentenceStart)], inContainerGap);
        var result = new List<ResolvedPlace>(points.Count);
        foreach (var seat in points)
        {
            var chosen = seat;
            if (seat.Place is { FeatureCode: "PPLA" or "PPLC" } && seat.Mention.Start - sentenceStart <= sentence.Length)
            {
                while (Before(chosen) is { } town && Contains(town, chosen))
                {
                    chosen = town;
                }
            }
            if (!result.Contains(chosen))
            {
                result.Add(chosen);
            }
        }
        return result;
    }

    /// <summary>"A area in (the) B", "A district of B": the in-container gap, with "of" read as "in" ("the outskirts of A of Homs").</summary>
    private static bool ContainerGap(string gap, Regex inContainerGap) =>
        inContainerGap.IsMatch(gap) || inContainerGap.IsMatch(OfAtEnd().Replace(gap, "in "));

    [GeneratedRegex(@"\bof\s+(?=(?:the\s+)?$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfAtEnd();

    /// <summary>The places a sentence lists after a container ("villages in Idlib, including A, B and C": A, B and C), each named where it happened.</summary>
    public static HashSet<ResolvedPlace> Listed(List<ResolvedPlace> places, string sentence, int sentenceStart, Regex containerGap) =>
        Split(places, sentence, sentenceStart, containerGap).Listed;

    private static HashSet<ResolvedPlace> Containers(List<ResolvedPlace> places, string sentence, int sentenceStart, Regex containerGap) =>
        Split(places, sentence, sentenceStart, containerGap).Containers;

    /// <summary>The places named inside <paramref name="sentence"/> (which starts at <paramref name="sentenceStart"/>), in text order.</summary>
    internal static List<ResolvedPlace> InSentence(List<ResolvedPlace> places, string sentence, int sentenceStart) =>
        places.Where(p => p.Mention.Start >= sentenceStart && p.Mention.End - sentenceStart <= sentence.Length).OrderBy(p => p.Mention.Start).ToList();

    private static (HashSet<ResolvedPlace> Containers, HashSet<ResolvedPlace> Listed) Split(List<ResolvedPlace> places, string sentence, int sentenceStart, Regex containerGap)
    {
        var ordered = InSentence(places, sentence, sentenceStart);
        string Gap(int i) => ordered[i].Mention.End <= ordered[i + 1].Mention.Start
            ? sentence[(ordered[i].Mention.End - sentenceStart)..(ordered[i + 1].Mention.Start - sentenceStart)] : "";
        var containers = new HashSet<ResolvedPlace>();
        var listed = new HashSet<ResolvedPlace>();
        for (var i = 0; i + 1 < ordered.Count; i++)
        {
            if (!containerGap.IsMatch(Gap(i)))
            {
                continue;
            }
            // "in Idlib and northern Hama, including A": every place of the coordination before the list contains it.
            for (var k = i; k >= 0 && (k == i || Coordination().IsMatch(Gap(k))); k--)
            {
                containers.Add(ordered[k]);
            }
            for (var k = i + 1; k < ordered.Count && (k == i + 1 || Coordination().IsMatch(Gap(k - 1))); k++)
            {
                listed.Add(ordered[k]);
            }
        }
        return (containers, listed);
    }

    [GeneratedRegex(@"^\s*(?:,\s*and|,|and|or)\s+(?:[\p{L}-]+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Coordination();

    private static string? Admin1(Place? place) => place is { Admin1.Length: > 0 } ? NameFolding.Fold(place.Admin1) : null;

    // A road's end or a goal that the event is not on: "cut the A-B road", "the road to B", "towards B" (not "on the A-B road").
    private static bool RoadObject(ResolvedPlace p) =>
        (p.Mention.Cues & MentionCue.RoadTo) != 0 || (p.Mention.Cues & (MentionCue.RoadFrom | MentionCue.Near)) == MentionCue.RoadFrom;

    /// <summary>A region a sentence names (a town's or a governorate's countryside, a compass part, an area): no road end, drawn somewhere.</summary>
    private static bool RoadSentenceRegion(ResolvedPlace p) =>
        (p.Mention.IsRegional || p.Place is { IsArea: true }) && (p.Mention.Cues & (MentionCue.RoadFrom | MentionCue.RoadTo)) == 0
        && (p.Place ?? p.Anchor) is not null && p.Place is not { IsCountry: true };

    private static bool IsPoint(ResolvedPlace p) => !(p.Place?.IsArea ?? false) && !p.Mention.IsRegional && (p.Place is not null || p.Anchor is not null);
}
