using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geo;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// "A near B", "A east of B", "A on the B front", "A in the countryside of B", "A in B": the place right after A that
/// locates it. A report names B to say where A is, so a candidate for A far from B (or, when B is a governorate or the
/// seat it is named after, outside B's governorate) is a namesake elsewhere, not the place meant; when no candidate
/// fits, A stays unresolved and is drawn near B (precision 2), as analysts code an unknown village by its locator.
/// </summary>
internal static class LocatorConstraint
{
    /// <summary>How far after A (characters) the locator may start: "A village east of B", "A in the western countryside of B".</summary>
    private const int MaxGap = 60;

    /// <summary>How many list-mates may stand between A and the locator of its list (a bound on the work per mention).</summary>
    private const int MaxListMates = 30;

    /// <summary>"near B", "on the B front", "in B" (a town): A lies within this distance (km) of B.</summary>
    public const double NearKm = 15;

    /// <summary>"A neighbourhood of B": A lies within this distance (km) of the city's point (a namesake 11 km out is a village).</summary>
    public const double CityPartKm = 10;

    /// <summary>"east of B", "the countryside of B" (a town's district), "near B" (a seat): A lies within this distance (km) of B.</summary>
    public const double DirectionKm = 30;

    /// <summary>
    /// When no candidate fits, the name's only reading is still taken up to this many times the fitting distance from
    /// the locator (reports place villages loosely: "near" a town 25 km off); beyond it, it is a namesake elsewhere.
    /// A governorate named loosely ("X in Deir ez-Zor" for a village over the line in Homs) never unseats a reading.
    /// </summary>
    public const double FarFactor = 2.5;

    /// <summary>
    /// The locator of mention <paramref name="index"/> and the test its candidates must pass, or null when the text gives
    /// none; <c>Parts</c> are narrower tests to try first, narrowest first, when the text names a compass part of a governorate or town;
    /// <c>OutOfReach</c>, for a governorate locator, whether a reading lies farther than <paramref name="reach"/> (its distance for that governorate)
    /// from both the governorate's point and its seat (a namesake elsewhere, not a village over the line); for a town named
    /// with a compass word ("A east of B"), whether a reading beyond the fitting distance lies on the other side of B; else null.
    /// </summary>
    public static (int Index, Func<Place, bool> Fits, double FarKm, Func<Place, bool>[] Parts, Func<Place, bool>? OutOfReach)? Find(int index,
        IReadOnlyList<PlaceMention> mentions, string? text, Place?[] picks, Place?[] seats, GovernorateReach reach)
    {
        var mention = mentions[index];
        var listed = false;
        for (var j = index + 1; j < mentions.Count; j++)
        {
            var other = mentions[j];
            if (other.SentenceStart != mention.SentenceStart || other.Start - mention.End > MaxGap)
            {
                return null;
            }
            var cues = other.Cues;
            var near = (cues & MentionCue.Near) != 0;
            var region = (cues & (MentionCue.Region | MentionCue.Direction | MentionCue.Province)) != 0;
            var cityPart = text is not null && (IsCityPartGap(text.AsSpan(mention.End, other.Start - mention.End))
                || (!listed && CityPartBefore(text, mention.Start) && IsInPartGap(text.AsSpan(mention.End, other.Start - mention.End))));
            var container = cityPart || (text is not null && IsContainerGap(text.AsSpan(mention.End, other.Start - mention.End)));
            if (!near && !region && !container)
            {
                if (text is not null && j - index <= MaxListMates && PlaceListCues.IsListGap(text.AsSpan(mention.End, other.Start - mention.End)))
                {
                    // "A, B and C near X": a list-mate does not locate A, but the place that locates the list locates A too.
                    mention = other;
                    listed = true;
                    continue;
                }
                // A place of another clause: "A, then B", "A after B": B does not locate A.
                return null;
            }
            if (listed && !near && !region && !cityPart)
            {
                // "A, B and C in X city": the last item is in the city, the list may only lie around it.
                return null;
            }
            if (picks[j] is not { IsCountry: false } locator)
            {
                // An unknown place between A and its locator ("A in the X area west of B"): B still locates A.
                continue;
            }
            if (locator.IsArea && locator.FeatureCode != "ADM1")
            {
                return null;
            }
            if (MisreadInItsContainer(j, mentions, text, picks))
            {
                // "A in B in C" with B read outside the governorate C names: B is a namesake misread, C still locates A.
                continue;
            }
            var direction = IsRelativeDirection(text, mention.End, other.Start);
            var seatLike = locator.FeatureCode is "ADM1" or "PPLA" or "PPLC";
            var cityAfter = CityAfter(text, other.End);
            // "A neighbourhood of Raqqa city" where Raqqa was read as the governorate: the city is its seat.
            var city = locator.FeatureClass == "P" ? locator : (cityPart || cityAfter) && seats[j] is { FeatureClass: "P" } seat ? seat : null;
            // "A of B city" names the city's governorate loosely (a village "of Deir ez-Zor city"), not a part of the city.
            var ofGap = text is not null && text.AsSpan(mention.End, other.Start - mention.End).Trim().Equals("of", StringComparison.OrdinalIgnoreCase);
            if (city is not null && (cityPart || cityAfter) && !ofGap)
            {
                // "A neighbourhood in B", "A in B city": a part of the city, within a few km of its point. A namesake
                // beyond that is never the part meant (a neighbourhood is not a village 20 km out): A is then drawn at B.
                var partOf = cityPart || (container && !near);
                var radius = cityPart ? CityPartKm : NearKm;
                return (j, p => p.IsArea || p.Id == city.Id || Within(p, city, radius), partOf ? 0 : NearKm * FarFactor, [], null);
            }
            if (locator.FeatureCode == "ADM1" || (seatLike && (region || container || direction)))
            {
                // A governorate, or the city it is named after as a container ("A in Hama", "A east of Homs"): A is in that governorate.
                var centre = locator.FeatureClass == "P" ? locator : seats[j] is { FeatureClass: "P" } s ? s : null;
                var (inGovernorate, beyondReach) = Governorate(locator, centre, reach.Of(locator), container);
                var gap = text is null ? "" : text[mention.End..other.Start];
                if (IsPlacingGap(gap) && SecondLocator.Find(j, mentions, text, picks, inGovernorate) is var k and >= 0 && picks[k] is { } town)
                {
                    // "A in eastern Aleppo, near B": the town B says where in the governorate A lies (not when the governorate
                    // is another place joined to A: "A as well as in the B desert west of C").
                    var townKm = IsRelativeDirection(text, other.End, mentions[k].Start) || town.FeatureCode is "PPLA" or "PPLC" ? DirectionKm : NearKm;
                    return (k, p => p.IsArea || p.Id == town.Id || Within(p, town, townKm), townKm * FarFactor, [], null);
                }
                // "A in eastern Hama", "A east of Homs": the part of the governorate seen from its seat.
                var bearing = CompassSector.Bearing(CompassSector.PartWord(text, other) ?? RelativeDirection(text, mention.End, other.Start));
                Func<Place, bool>[] parts = bearing is { } b && centre is not null ? CompassSector.Parts(centre, b, inGovernorate) : [];
                // A village over the line is still read in the governorate the text names loosely; one farther than the
                // reach from both its point and its seat is a namesake elsewhere ("A in southern Hasakah" read in Hama).
                // Not when a word joins the governorate to A as a second place ("A and B province", "A as well as in B").
                // Named right after A as its container ("A in Dar'a"), a reading in another country is one too, however near.
                // A governorate that is one city ("A of Damascus") reaches a few km over its line, not 100 km (GovernorateReach).
                // "A in eastern Hama" read over the line on the other side of the seat is not in the part the text names.
                bool OffSide(Place p) => bearing is { } side && centre is not null && !CompassSector.Contains(centre, side, p, CompassSector.SideHalfWidth);
                bool OutOfReach(Place p) => beyondReach(p) || (!p.IsArea && !inGovernorate(p) && OffSide(p));
                // Only when the words between them do nothing but place A in it ("A village in the eastern countryside of
                // B"): "A on Thursday to discuss the situation in B" names B in another clause.
                return (j, inGovernorate, double.PositiveInfinity, parts, IsPlacingGap(gap) ? OutOfReach : null);
            }
            var km = direction || seatLike || region ? DirectionKm : NearKm;
            // "A east of B": a reading beyond the fitting distance on the other side of B (over 90 degrees off) is not A.
            var sideBearing = CompassSector.Bearing(RelativeDirection(text, mention.End, other.Start));
            Func<Place, bool>? offSide = sideBearing is { } sb ? p => !p.IsArea && !Within(p, locator, km) && !CompassSector.Contains(locator, sb, p, CompassSector.SideHalfWidth) : null;
            return (j, p => p.IsArea || p.Id == locator.Id || Within(p, locator, km), km * FarFactor, [], offSide);
        }
        return null;
    }

    /// <summary>
    /// Whether mention <paramref name="j"/>, a point, is named right before its own container governorate ("B in C", C a
    /// governorate or the seat it is named after) and its reading lies in another governorate or country.
    /// </summary>
    private static bool MisreadInItsContainer(int j, IReadOnlyList<PlaceMention> mentions, string? text, Place?[] picks)
    {
        if (text is null || j + 1 >= mentions.Count || picks[j] is not { IsArea: false } point || picks[j + 1] is not { } container
            || container.FeatureCode is not ("ADM1" or "PPLA" or "PPLC") || mentions[j + 1].SentenceStart != mentions[j].SentenceStart
            || mentions[j + 1].Start - mentions[j].End > MaxGap || !IsContainerGap(text.AsSpan(mentions[j].End, mentions[j + 1].Start - mentions[j].End)))
        {
            return false;
        }
        return point.CountryCode != container.CountryCode || NameFolding.Fold(point.Admin1 ?? "") != NameFolding.Fold(container.Admin1 ?? "");
    }

    /// <summary>
    /// Whether the words between A and a governorate only place A in it: locative, compass, region, settlement and area
    /// words, articles and commas ("village in the eastern countryside of"); a word of any other kind (a verb, a day, a
    /// joining word such as "and": list <c>coordination</c>) makes the governorate part of another phrase.
    /// </summary>
    private static bool IsPlacingGap(string gap)
    {
        var words = gap.Split([' ', ',', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].EndsWith("'s", StringComparison.Ordinal) ? words[i][..^2] : words[i];
            // A capitalised first word is the rest of A's name the recognizer left out ("Khirbat X Elij in ...").
            if (word is "the" or "The" or "of" || (i == 0 && char.IsUpper(word[0]))
                || (!W.Contains("coordination", word) && PlacingKinds.Any(k => W.Contains(k, word))))
            {
                continue;
            }
            return false;
        }
        return true;
    }

    private static readonly GeoparsingWords W = GeoparsingWords.Default;

    /// <summary>The word lists whose words only place A in the governorate named after them.</summary>
    private static readonly string[] PlacingKinds =
        ["locative", "direction", "region-word", "region-before", "region-after", "settlement-before", "settlement-after", "area-after", "province-word",
            "placing-word"];

    /// <summary>
    /// The tests a governorate named as a place's locator gives its readings: whether one lies in the governorate (an area
    /// always does), and whether one outside it is a namesake elsewhere: farther than <paramref name="reachKm"/> from both
    /// the locator's point and <paramref name="centre"/> (its seat), or, with the governorate named as the place's
    /// <paramref name="container"/> ("A in Dar'a"), in another country however near.
    /// </summary>
    internal static (Func<Place, bool> Inside, Func<Place, bool> BeyondReach) Governorate(Place locator, Place? centre, double reachKm, bool container)
    {
        var admin1 = NameFolding.Fold(locator.Admin1 ?? "");
        bool Inside(Place p) => p.IsArea || (p.CountryCode == locator.CountryCode && NameFolding.Fold(p.Admin1 ?? "") == admin1);
        bool BeyondReach(Place p) => !Inside(p) && ((container && p.CountryCode != locator.CountryCode)
            || (!Within(p, locator, reachKm) && (centre is null || !Within(p, centre, reachKm))));
        return (Inside, BeyondReach);
    }

    private static bool Within(Place p, Place from, double km) => GeoDistance.ApproxKilometres(p.Lat, p.Lon, from.Lat, from.Lon) <= km;

    /// <summary>"A neighbourhood in B", "A quarter of B", "A and C neighbourhoods in B": A is a part of the city B.</summary>
    internal static bool IsCityPartGap(ReadOnlySpan<char> gap)
    {
        var words = gap.Trim().ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // "A neighbourhood of western B", "A quarter in the east of B": a compass word or "the" before B.
        while (words.Count > 2 && (GeoparsingWords.Default.Contains("direction", words[^1]) || words[^1] is "the" or "The"))
        {
            words.RemoveAt(words.Count - 1);
        }
        // "A neighbourhood in the centre of B": a few words may stand between the city-part word and B.
        return words.Count is >= 2 and <= 6 && words[^1] is "in" or "of" or "In" or "Of"
            && words.Take(words.Count - 1).Any(w => GeoparsingWords.Default.Contains("city-part", w.Trim(',')));
    }

    /// <summary>"the neighbourhood of A", "the quarter of the A": a city-part word and "of" right before A make A a part of a city.</summary>
    internal static bool CityPartBefore(string text, int start)
    {
        // The last words of text[..start].TrimEnd().Split(' ', RemoveEmptyEntries), read from the end without splitting the text before.
        var before = text.AsSpan(0, start).TrimEnd();
        var word = PreviousWord(ref before);
        if (word is "the" or "The")
        {
            word = PreviousWord(ref before);
        }
        return word is "of" or "Of" && PreviousWord(ref before) is { Length: > 0 } part && GeoparsingWords.Default.Contains("city-part", part.ToString());
    }

    /// <summary>The last word of <paramref name="before"/> split at spaces (empty when none), and <paramref name="before"/> cut before it.</summary>
    private static ReadOnlySpan<char> PreviousWord(ref ReadOnlySpan<char> before)
    {
        before = before.TrimEnd(' ');
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        before = before[..(space + 1)];
        return word;
    }

    /// <summary>"in B", "in eastern B", "in the western part of B": the words that put a city part named before A in B (at most six).</summary>
    private static bool IsInPartGap(ReadOnlySpan<char> gap)
    {
        var words = gap.Trim().ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6 || words[0] is not ("in" or "In"))
        {
            return false;
        }
        var last = words[^1];
        return words.Length == 1 || last is "of" || GeoparsingWords.Default.Contains("direction", last) || last is "the";
    }

    /// <summary>"B city" right after the locator: the city itself, not its governorate.</summary>
    private static bool CityAfter(string? text, int end) =>
        text is not null && text.AsSpan(end).TrimStart() is var rest && rest.StartsWith("city", StringComparison.OrdinalIgnoreCase)
        && (rest.Length == 4 || !char.IsLetter(rest[4]));

    /// <summary>"A in B", "A, in B", "A in the B", "A of B" (a place of the governorate or city B): B contains A.</summary>
    private static bool IsContainerGap(ReadOnlySpan<char> gap)
    {
        var g = gap.Trim();
        return g.EndsWith(" in", StringComparison.OrdinalIgnoreCase) || g.Equals("in", StringComparison.OrdinalIgnoreCase)
            || g.EndsWith(" in the", StringComparison.OrdinalIgnoreCase) || g.Equals("in the", StringComparison.OrdinalIgnoreCase)
            || g.Equals("of", StringComparison.OrdinalIgnoreCase)
            || g.EndsWith("inside", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a compass word and "of" stand right before B ("east of B"), where A may lie a little farther.</summary>
    private static bool IsRelativeDirection(string? text, int from, int to) => RelativeDirection(text, from, to) is not null;

    /// <summary>The compass word of "east of B" right before B, or null.</summary>
    private static string? RelativeDirection(string? text, int from, int to)
    {
        if (text is null)
        {
            return null;
        }
        var gap = text.AsSpan(from, to - from).TrimEnd();
        if (gap.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            gap = gap[..^4].TrimEnd();
        }
        if (!gap.EndsWith(" of", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var words = gap[..^3].Trim().ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && GeoparsingWords.Default.Contains("relative-direction", words[^1]) ? words[^1] : null;
    }
}
