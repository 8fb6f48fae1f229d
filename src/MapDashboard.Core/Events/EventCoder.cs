using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Articles;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;

namespace MapDashboard.Core.Events;

/// <summary>
/// Codes events sentence by sentence, as ACLED does: a trigger (capture, air strike, shelling, clash, attack on
/// civilians, agreement, coalition, base) with its actors on either side of it, one event per place it applies to
/// ("liberated A, B and C" is three events), the sentence's date, any attribution ("according to pro-government
/// sources"), negation ("failed to reach" captures nothing), and a control change for capture language. Background
/// and opinion sentences yield no events.
/// </summary>
public sealed partial class EventCoder(ActorRecognizer actors) : IEventCoder
{
    private sealed record Trigger(Regex Pattern, string Type, string SubType);

    private static readonly Trigger[] Triggers =
    [
        new(Capture(), EventType.Battles, EventType.GovernmentRegainsTerritory),
        new(new(@"\b(air ?strikes?|air raids?|bombed|bombing|warplanes)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), EventType.RemoteViolence, EventType.AirDroneStrike),
        new(new(@"\b(artillery|shell(ed|ing)|rockets?|missiles?|mortars?)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), EventType.RemoteViolence, EventType.Shelling),
        new(new(@"\b(IEDs?|car bomb|landmines?|explosive device|suicide bomb(er|ing)?)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), EventType.RemoteViolence, EventType.RemoteExplosive),
        new(new(@"\b(assaulted|executed|kidnapped|abducted|massacred)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), EventType.ViolenceAgainstCivilians, EventType.Attack),
        new(new(@"\bobservation posts? (were|was) (created|established|set up)|\b(established|set up|created) (an? )?(new )?(base|observation posts?|headquarters)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), EventType.StrategicDevelopments, EventType.BaseEstablished),
        new(new(@"\b(agreement|ceasefire|truce|deal) (was|were|has been)? ?(signed|agreed|reached)|\bsigning of\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), EventType.StrategicDevelopments, EventType.Agreement),
        new(new(@"\b(formed|united under|merged with|defected to|joined the (coalition|battle)|operations? room|joint (military )?command|new coalition|set up joint)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), EventType.StrategicDevelopments, EventType.ChangeToGroup),
        new(new(@"\b(clash(es|ed)?|fighting|fight|battl(e|ing)|attacks?|offensive|counter-offensive|advance[sd]?|assault|operation|repelled|pressure on|erupted)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), EventType.Battles, EventType.ArmedClash),
        new(new(@"\b(protest(s|ed|ers)?|demonstrat(ion|ors|ed))\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), EventType.Protests, EventType.PeacefulProtest),
    ];

    /// <summary>A coder over the faction catalogue shipped with the application.</summary>
    public static EventCoder CreateDefault() => new(new ActorRecognizer(FactionCatalogue.LoadDefault()));

    /// <inheritdoc />
    IReadOnlyList<CodedEvent> IEventCoder.Code(GeoparseResult result) => Code(result);

    /// <summary>Codes the events of every sentence of a geoparsed article.</summary>
    public List<CodedEvent> Code(GeoparseResult result)
    {
        var article = result.Article;
        var events = new List<CodedEvent>();
        List<ResolvedPlace> previous = [];
        foreach (var (start, end) in article.Sentences)
        {
            var sentence = article.Text[start..end];
            var places = result.Places.Where(p => p.Mention.Start >= start && p.Mention.End <= end).ToList();
            var fromContext = false;
            if (places.Count == 0 && previous.Count > 0 && (BackReference().IsMatch(sentence) || Continuation().IsMatch(sentence)))
            {
                // "... in the area", "Then, ...": the place is the one the previous sentence named.
                places = [previous.LastOrDefault(p => p.Place is { IsArea: false }) ?? previous[^1]];
                fromContext = true;
            }
            else if (places.Count > 0)
            {
                previous = places.Where(p => p.Place is not { IsCountry: true }).ToList();
            }
            if (places.Count == 0 || Background().IsMatch(sentence))
            {
                continue;
            }
            var trigger = Triggers.Select(t => (t, m: t.Pattern.Match(sentence))).FirstOrDefault(x => x.m.Success);
            if (trigger.t is null)
            {
                continue;
            }
            var (excerptStart, excerptEnd) = article.Map.ToOriginalSpan(start, end);
            var excerpt = article.Input.OriginalText[excerptStart..excerptEnd];
            var found = actors.Recognize(sentence);
            var when = TemporalDater.ForSentence(sentence, article.Metadata.Published);
            var coded = CodeSentence(sentence, start, trigger.t, trigger.m, places, found, when, excerptStart, excerptEnd, excerpt, article.Metadata.Published);
            events.AddRange(fromContext ? coded.Select(e => e with { Precision = Math.Max(e.Precision, 2), ControlChange = null }) : coded);
        }
        return events;
    }

    private IEnumerable<CodedEvent> CodeSentence(string sentence, int sentenceStart, Trigger trigger, Match match, List<ResolvedPlace> places,
        List<ActorMention> found, TemporalExpression when, int excerptStart, int excerptEnd, string excerpt, DateOnly? published)
    {
        var catalogue = actors.Catalogue;
        string Id(ActorMention a) => catalogue.AsOf(a.Faction, when.First ?? published).Id;
        var before = found.Where(a => a.Start < match.Index).ToList();
        var after = found.Where(a => a.Start >= match.Index + match.Length).ToList();
        var actor1 = before.FirstOrDefault() ?? after.FirstOrDefault();
        string SideOf(ActorMention a) => catalogue.SideOf(catalogue.TopLevel(a.Faction).Id).Id;
        var actor2 = after.FirstOrDefault(a => a != actor1 && a.Faction.Id != actor1?.Faction.Id)
            ?? before.LastOrDefault(a => actor1 is not null && a != actor1 && SideOf(a) != SideOf(actor1));
        var assoc = before.Where(a => a != actor1 && a != actor2 && a.Faction.Id != actor1?.Faction.Id && (actor1 is null || SideOf(a) == SideOf(actor1)))
            .Select(Id).Distinct().ToList();

        var subType = trigger.SubType;
        var type = trigger.Type;
        var negated = Negation().IsMatch(sentence);
        if (subType == EventType.GovernmentRegainsTerritory)
        {
            var side = actor1 is null ? "unknown" : catalogue.SideOf(catalogue.TopLevel(actor1.Faction).Id).Id;
            subType = side == "pro-government" ? EventType.GovernmentRegainsTerritory : EventType.NonStateActorOvertakesTerritory;
        }
        if (actor2 is null && subType == EventType.Attack && Civilian().IsMatch(sentence))
        {
            actor2 = found.FirstOrDefault(a => a.Faction.Id == "civilians");
        }

        var targets = places.Count == 1 && places[0].Mention.Start < sentenceStart ? places : Targets(places, match.Index + match.Length, sentenceStart, subType);
        foreach (var place in targets)
        {
            var location = place.Place ?? place.Anchor;
            var precision = place.Place is not null ? place.Precision : place.Anchor is not null ? 2 : 0;
            ControlChangeCandidate? control = null;
            var isCapture = subType is EventType.GovernmentRegainsTerritory or EventType.NonStateActorOvertakesTerritory;
            if (isCapture && negated)
            {
                (type, subType) = (EventType.Battles, EventType.ArmedClash);
            }
            else if (isCapture && actor1 is not null && (place.Mention.Start - sentenceStart > match.Index || place.Mention.Start < sentenceStart))
            {
                var verb = match.Value.ToLowerInvariant();
                control = new ControlChangeCandidate(catalogue.TopLevel(catalogue.AsOf(actor1.Faction, when.First ?? published)).Id,
                    actor2 is null ? PreviousFromText(sentence) : catalogue.TopLevel(actor2.Faction).Id, verb, verb.StartsWith("enter", StringComparison.Ordinal) ? 0.5 : 0.8);
            }
            else if (isCapture)
            {
                (type, subType) = (EventType.Battles, EventType.ArmedClash);
            }
            var confidence = 0.5 + (actor1 is not null ? 0.2 : 0) + (place.Place is not null ? 0.2 : 0) + (when.First is not null ? 0.1 : 0);
            yield return new CodedEvent(when, type, subType, actor1 is null ? null : Id(actor1), actor2 is null ? null : Id(actor2), assoc, place, location,
                precision, excerptStart, excerptEnd, excerpt, Claim(sentence), control, Math.Round(confidence, 2));
        }
    }

    /// <summary>The places an event applies to: those after the trigger when there are any, points before regions, anchors left out.</summary>
    private static List<ResolvedPlace> Targets(List<ResolvedPlace> places, int triggerEnd, int sentenceStart, string subType)
    {
        var candidates = places.Where(p => p.Place is not { IsCountry: true }).ToList();
        if (subType is EventType.Agreement or EventType.ChangeToGroup)
        {
            var region = candidates.FirstOrDefault(p => p.Place?.IsArea == true) ?? candidates.FirstOrDefault();
            return region is null ? [] : [region];
        }
        var afterTrigger = candidates.Where(p => p.Mention.Start - sentenceStart >= triggerEnd).ToList();
        var pool = afterTrigger.Count > 0 ? afterTrigger : candidates;
        var anchors = pool.Where(p => p.Place is not null && (p.Mention.Cues & MentionCue.ListedPlace) == 0).Select(p => p.Place!.Id)
            .Intersect(pool.Where(p => p.Anchor is not null).Select(p => p.Anchor!.Id)).ToHashSet();
        var points = pool.Where(p => !(p.Place?.IsArea ?? false) && !p.Mention.IsRegional && !(p.Place is not null && anchors.Contains(p.Place.Id))).ToList();
        // "the air base ... near the city of Dumayr": a place named only to locate another is not a second event.
        static bool Locator(ResolvedPlace p) => (p.Mention.Cues & MentionCue.Near) != 0 && (p.Mention.Cues & MentionCue.ListedPlace) == 0;
        if (points.Any(p => !Locator(p)))
        {
            points = points.Where(p => !Locator(p)).ToList();
        }
        return points.Count > 0 ? points : pool.Take(1).ToList();
    }

    private static string? Claim(string sentence)
    {
        var m = Attribution().Match(sentence);
        return !m.Success ? null : (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Trim();
    }

    private static string? PreviousFromText(string sentence) =>
        FromOpposition().IsMatch(sentence) ? "rebels" : null;

    [GeneratedRegex(@"\b(liberated|liberation of|captured|seized|took control of|taken control of|recaptured|regained|retook|entered|stormed|fell to|took over|takeover)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Capture();

    [GeneratedRegex(@"\b(failed to (reach|capture|take|enter)|did not (reach|capture|take|enter)|were repelled|was repelled|aiming to take control|aim to take|attempt(ed)? to (take|capture)|took control of the offensive)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(shows that|reflects|the question|the problems are|it is unlikely|if confirmed|have long tried|the prospect of|was agreed within|is in fact|clearly understands|in an attempt to|will be a|would be)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Background();

    [GeneratedRegex(@"\b(?:according to|citing|claimed by)\s+((?:pro-[\w-]+|local|opposition|government|military|Syrian|Russian|Turkish)?\s*(?:sources|activists|media|officials|[A-Z][\w ]{2,30}?))(?=[,.;]|$)|\b((?:Pro|Anti)-[\w-]+ sources)\s+(?:also\s+)?claimed", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"\b(?:in|near|around|of|across) the (?:very )?(?:same )?(?:area|town|city|village|villages|province|region|countryside|district)\b|\bthere\b", RegexOptions.IgnoreCase)]
    private static partial Regex BackReference();

    [GeneratedRegex(@"^(?:Then|Initially|In turn|Meanwhile|Later|Afterwards|Subsequently)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Continuation();

    [GeneratedRegex(@"\bcivilians?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Civilian();

    [GeneratedRegex(@"\bfrom the (opposition|rebels)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FromOpposition();
}
