using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Geoparsing;

/// <summary>Reads the words right before and after a candidate toponym for cues about what kind of place it is.</summary>
internal static partial class MentionContext
{
    private const int Window = 48;

    /// <summary>The cues and the direction word (if any) around text[start..end].</summary>
    public static (MentionCue Cues, string? Direction) Read(string text, int start, int end, int sentenceStart, int sentenceEnd)
    {
        var beforeStart = Math.Max(sentenceStart, start - Window);
        var before = text.AsSpan(beforeStart, start - beforeStart);
        var after = text.AsSpan(end, Math.Min(sentenceEnd, end + Window) - end);
        var cues = MentionCue.None;
        string? direction = null;
        // Every cue before a name ends in white space right before it ("north of the X") and every cue after one starts
        // with white space ("X countryside"): a side without it ("X,", "(X") holds none, and its guards are not searched.
        var spacedBefore = before.Length > 0 && char.IsWhiteSpace(before[^1]);
        var spacedAfter = after.Length > 0 && char.IsWhiteSpace(after[0]);

        var dir = spacedBefore ? DirectionBeforeRegex.Match(text, beforeStart, start - beforeStart) : Match.Empty;
        if (dir.Success)
        {
            cues |= MentionCue.Direction;
            direction = dir.Groups[1].Value.ToLowerInvariant();
        }
        if ((spacedBefore && (RegionBeforeRegex.IsMatch(before) || RegionPrefixRegex.IsMatch(before))) || (spacedAfter && RegionAfterRegex.IsMatch(after)))
        {
            cues |= MentionCue.Region;
        }
        if ((spacedBefore && ProvinceBeforeRegex.IsMatch(before)) || (spacedAfter && ProvinceAfterRegex.IsMatch(after)))
        {
            cues |= MentionCue.Province;
        }
        if ((spacedBefore && SettlementBeforeRegex.IsMatch(before)) || (spacedAfter && SettlementAfterRegex.IsMatch(after)))
        {
            cues |= MentionCue.Settlement;
        }
        if (spacedAfter && FacilityAfterRegex.IsMatch(after))
        {
            cues |= MentionCue.Facility;
        }
        if ((spacedBefore && (NearBeforeRegex.IsMatch(before) || RelativeDirectionBeforeRegex.IsMatch(before))) || (spacedAfter && AreaAfterRegex.IsMatch(after)))
        {
            cues |= MentionCue.Near;
        }
        if ((spacedAfter && RoadAfterRegex.IsMatch(after)) || RoadName().IsMatch(text.AsSpan(start, end - start)))
        {
            cues |= MentionCue.Road;
        }
        return (cues, direction);
    }

    /// <summary>Whether an area word ("area", "vicinity", "front") follows text[..end] in its sentence.</summary>
    public static bool AreaAfter(string text, int end, int sentenceEnd) =>
        AreaAfterRegex.IsMatch(text.AsSpan(end, Math.Min(sentenceEnd, end + Window) - end));

    /// <summary>Whether a title or role word right before the span marks it as a person's name.</summary>
    public static bool IsPersonTitleBefore(string text, int start, int sentenceStart)
    {
        var from = Math.Max(sentenceStart, start - Window);
        return PersonTitleBeforeRegex.IsMatch(text.AsSpan(from, start - from));
    }

    // Each cue regex scans a 48-character window around every candidate; its required words (read from the pattern, so
    // the word lists' optional hyphens and spaces are handled) let most windows be answered without running it.
    private static GuardedRegex Make(string pattern, bool ignoreCase = true) =>
        new(new Regex(pattern, (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.CultureInvariant | Events.WordListRegexes.Options));

    private static readonly GeoparsingWords W = GeoparsingWords.Default;
    private static readonly GuardedRegex DirectionBeforeRegex = Make(@"\b(" + W.Alternation("direction") + @")\s+(?:the\s+)?$");
    private static readonly GuardedRegex RegionBeforeRegex = Make(@"\b" + W.Alternation("region-before") + @"\s+of\s+(the\s+)?$");
    private static readonly GuardedRegex RegionPrefixRegex = Make(@"\b" + W.Alternation("region-prefix") + @"\s+(?:(?:" + W.Alternation("direction") + @")\s+)?$");
    // "Hama countryside", "Hama eastern countryside": a compass word may stand between the name and the region word.
    private static readonly GuardedRegex RegionAfterRegex = Make(@"^\s+(?:(?:" + W.Alternation("direction") + @")\s+)?" + W.Alternation("region-after") + @"\b");
    private static readonly GuardedRegex ProvinceBeforeRegex = Make(@"\b" + W.Alternation("province-word") + @"\s+of\s+(the\s+)?$");
    private static readonly GuardedRegex ProvinceAfterRegex = Make(@"^\s+" + W.Alternation("province-word") + @"\b");
    private static readonly GuardedRegex SettlementBeforeRegex = Make(@"\b" + W.Alternation("settlement-before") + @"\s+of\s+(the\s+)?$");
    private static readonly GuardedRegex SettlementAfterRegex = Make(@"^\s+" + W.Alternation("settlement-after") + @"\b");
    private static readonly GuardedRegex FacilityAfterRegex = Make(@"^\s+" + W.Alternation("facility-after") + @"\b");
    private static readonly GuardedRegex NearBeforeRegex = Make(@"\b" + W.Alternation("near-before") + @"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$");
    private static readonly GuardedRegex RelativeDirectionBeforeRegex = Make(@"\b" + W.Alternation("relative-direction") + @"\s+of\s+(the\s+)?$");
    private static readonly GuardedRegex AreaAfterRegex = Make(@"^\s+" + W.Alternation("area-after") + @"\b");
    private static readonly GuardedRegex RoadAfterRegex = Make(@"^\s+" + W.Alternation("road-after") + @"\b");
    private static readonly GuardedRegex PersonTitleBeforeRegex = Make(@"\b" + W.Alternation("person-title") + @"\s+$", ignoreCase: false);

    /// <summary>The cue regexes (for tests of their required words).</summary>
    internal static IReadOnlyList<GuardedRegex> Patterns =>
    [
        DirectionBeforeRegex, RegionBeforeRegex, RegionPrefixRegex, RegionAfterRegex, ProvinceBeforeRegex, ProvinceAfterRegex,
        SettlementBeforeRegex, SettlementAfterRegex, FacilityAfterRegex, NearBeforeRegex, RelativeDirectionBeforeRegex,
        AreaAfterRegex, RoadAfterRegex, PersonTitleBeforeRegex,
    ];

    [GeneratedRegex(@"^M\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoadName();
}
