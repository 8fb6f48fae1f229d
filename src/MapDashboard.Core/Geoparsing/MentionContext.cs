using System.Text.RegularExpressions;

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

        var dir = DirectionBefore().Match(text, beforeStart, start - beforeStart);
        if (dir.Success)
        {
            cues |= MentionCue.Direction;
            direction = dir.Groups[1].Value.ToLowerInvariant();
        }
        if (RegionBefore().IsMatch(before) || RegionAfter().IsMatch(after))
        {
            cues |= MentionCue.Region;
        }
        if (SettlementBefore().IsMatch(before) || SettlementAfter().IsMatch(after))
        {
            cues |= MentionCue.Settlement;
        }
        if (FacilityAfter().IsMatch(after))
        {
            cues |= MentionCue.Facility;
        }
        if (NearBefore().IsMatch(before) || RelativeDirectionBefore().IsMatch(before) || AreaAfter().IsMatch(after))
        {
            cues |= MentionCue.Near;
        }
        if (RoadAfter().IsMatch(after) || RoadName().IsMatch(text.AsSpan(start, end - start)))
        {
            cues |= MentionCue.Road;
        }
        return (cues, direction);
    }

    /// <summary>Whether a title or role word right before the span marks it as a person's name.</summary>
    public static bool IsPersonTitleBefore(string text, int start, int sentenceStart)
    {
        var from = Math.Max(sentenceStart, start - Window);
        return PersonTitleBefore().IsMatch(text.AsSpan(from, start - from));
    }

    [GeneratedRegex(@"\b(north|south|east|west|north-?east|north-?west|south-?east|south-?west|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|central|greater|rural)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DirectionBefore();

    [GeneratedRegex(@"\b(province|governorate|region|countryside)\s+of\s+(the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegionBefore();

    [GeneratedRegex(@"^\s+(province|governorate|countryside|region|desert|plain|mountains|district|de-escalation zone)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegionAfter();

    [GeneratedRegex(@"\b(village|town|city|hamlet|stronghold|outskirts|suburb)s?\s+of\s+(the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SettlementBefore();

    [GeneratedRegex(@"^\s+(village|town|city)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SettlementAfter();

    [GeneratedRegex(@"^\s+(air\s*base|airbase|airport|military airport|air\s*field|airfield|military base)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FacilityAfter();

    [GeneratedRegex(@"\b(near|around|outside|close to|vicinity of|outskirts of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NearBefore();

    [GeneratedRegex(@"\b(north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeDirectionBefore();

    [GeneratedRegex(@"^\s+(area|vicinity|front|frontline|axis)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AreaAfter();

    [GeneratedRegex(@"^\s+(highway|motorway|road)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoadAfter();

    [GeneratedRegex(@"^M\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoadName();

    [GeneratedRegex(@"\b(President|General|Gen\.|Brigadier|Colonel|Col\.|Major|Minister|Mr\.|Mrs\.|Dr\.|leader|commander|spokesman|head|Emir|Imam)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonTitleBefore();
}
