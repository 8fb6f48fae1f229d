using System.Text.RegularExpressions;
using MapDashboard.Core.Events;
using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// "Rebels seized several villages in Idlib, including A and B", "jets bombed towns of Hama, among them C": the governorate
/// named right before a list word (cue kind <c>container-list</c>) contains the places listed after it, so it locates
/// them as "A in Idlib" does: a reading of A elsewhere than in it or over its line (its reach) is a namesake, and A is drawn
/// at the governorate's seat. Likewise a governorate named as a region before a clause that opens with a word of kind
/// <c>container-clause</c> ("clashes raged in the Idlib countryside, where rebels seized A"): the clause tells what happened
/// in that region, or before a participle clause (kind <c>container-participle</c>: "the army advanced in northern Hama,
/// seizing A"; session 27). Used only when nothing after A locates it.
/// </summary>
internal static class ListedContainer
{
    /// <summary>
    /// "countryside, where the army took control of ", "countryside, seizing ", ", with rebels storming ": a few lower-case
    /// words, a comma, the clause word (or a participle of kind <c>container-participle</c>, after "with" and its subject),
    /// and one clause without a place before A.
    /// </summary>
    private static readonly Regex ClauseGap = new(@"^\s*(?:[\p{Ll}'-]+\s+){0,3}?(?:[\p{Ll}'-]+)?\s*,\s*(?i:" + GeoparsingWords.Default.Alternation("container-clause")
        + @"|(?:with\s+(?:[\p{L}'-]+\s+){1,3}?)?" + GeoparsingWords.Default.Alternation("container-participle") + @")\s[^,.;:()]{0,100}$", RegexOptions.CultureInvariant);

    /// <summary>How many list-mates may stand between the list word and mention A (a bound on the work per mention).</summary>
    private const int MaxListMates = 30;

    /// <summary>The governorate mention <paramref name="index"/> is listed inside and the test its readings must pass, or null.</summary>
    public static (int Index, Func<Place, bool> Fits, double FarKm, Func<Place, bool>[] Parts, Func<Place, bool>? OutOfReach)? Locate(int index,
        IReadOnlyList<PlaceMention> mentions, string? text, Place?[] picks, Place?[] seats, GovernorateReach reach)
    {
        var k = Container(index, mentions, text, picks);
        if (k < 0)
        {
            return null;
        }
        var locator = picks[k]!;
        var centre = locator.FeatureClass == "P" ? locator : seats[k] is { FeatureClass: "P" } seat ? seat : null;
        // As for "A in Idlib" (the governorate its container): a reading abroad is not one of its places, however near.
        var (inGovernorate, outOfReach) = LocatorConstraint.Governorate(locator, centre, reach.Of(locator), container: true);
        return (k, inGovernorate, double.PositiveInfinity, [], outOfReach);
    }

    /// <summary>
    /// The index of the governorate (or its seat named as one: "in Idlib", "of Hama", "Idlib province") right before the
    /// list word that opens the list mention <paramref name="index"/> is in, or -1.
    /// </summary>
    private static int Container(int index, IReadOnlyList<PlaceMention> mentions, string? text, Place?[] picks)
    {
        if (text is null)
        {
            return -1;
        }
        var sentence = mentions[index].SentenceStart;
        var first = index;
        while (first > 0 && index - first < MaxListMates && mentions[first - 1].SentenceStart == sentence
            && PlaceListCues.IsListGap(text.AsSpan(mentions[first - 1].End, mentions[first].Start - mentions[first - 1].End)))
        {
            first--;
        }
        var k = first - 1;
        if (k < 0 || mentions[k].SentenceStart != sentence || picks[k] is not { } container)
        {
            return -1;
        }
        if (k > 0 && mentions[k - 1].SentenceStart == sentence
            && PlaceListCues.IsListGap(text.AsSpan(mentions[k - 1].End, mentions[k].Start - mentions[k - 1].End)))
        {
            // "between Rural Damascus and the Sweida countryside, where ...", "villages in Idlib and Hama, including A": two
            // regions, and the text does not say which one holds A.
            return -1;
        }
        var gap = text[mentions[k].End..mentions[first].Start];
        var region = (mentions[k].Cues & (MentionCue.Region | MentionCue.Province | MentionCue.Direction)) != 0;
        if (ClauseGap.IsMatch(gap))
        {
            // "in Idlib, where ...": the city or the province; only a governorate named as a region contains the clause.
            return container.FeatureCode == "ADM1" || (container.FeatureCode is "PPLA" or "PPLC" && region) ? k : -1;
        }
        if (!EventLexicon.LoadDefault().ContainerGap.IsMatch(gap))
        {
            return -1;
        }
        var named = region || text[Math.Max(sentence, mentions[k].Start - 8)..mentions[k].Start].TrimEnd().Split(' ')[^1] is "in" or "of" or "In" or "Of" or "the";
        return container.FeatureCode == "ADM1" || (container.FeatureCode is "PPLA" or "PPLC" && named) ? k : -1;
    }
}
