using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 22 (issue 22): general readings the trigger and role rules missed on sentences nobody here had written, each
/// from ACLED's definitions (EventTaxonomy.md, "Session 22"): the side hit by remote violence named after its verb, an
/// aircraft as the subject of a generic firing verb, a crowd of civilians attacking someone, a capture denied outright,
/// and a history clause between commas.
/// </summary>
public static partial class EventRefinements
{
    private static readonly string[] Remote = ["air", "strike", "shelling", "explosive", "suicide", "grenade", "chemical"];

    /// <summary>
    /// "A drone dropped explosives on an SDF post", "Iraqi jets struck Islamic State hideouts", "a device exploded as an army
    /// patrol passed": a side named after an active remote-violence trigger, with no "by", "from" or "of" before it, is the
    /// one hit (actor 2), never the one firing; after a comma it is the subject of the main clause ("After shelling A, the army ..."), unless the comma opens a clause of casualties
    /// ("..., killing three soldiers", session 28, CasualtyClause).
    /// </summary>
    public static bool TargetAfterTrigger(string sentence, SentenceTrigger trigger, ActorMention? actor1)
    {
        var end = trigger.Match.Index + trigger.Match.Length;
        return Remote.Contains(trigger.Class) && !trigger.Passive && actor1 is not null && actor1.Start >= end
            && !AgentWord().Matches(sentence[end..actor1.Start]).Any(w => !SitePartOf.IsMatch(sentence[end..(end + w.Index + w.Length)]))
            && (!ClauseBreak().IsMatch(sentence[end..actor1.Start]) || RelativeTarget.Names(sentence, end, actor1) || CasualtyClause.Names(sentence, end, actor1))
            && !FiredByRelative.Names(sentence, end, actor1);
    }

    // Session 25: "at the entrance of an army base", "at the gate of an SDF post": an "of" after a part of a site names where, not who fired.
    private static readonly Regex SitePartOf = EventLexicon.GrammarRegex(@"\b", "site-part-noun", @"\s+of$");

    /// <summary>
    /// The sub-type refined by the sentence's subject and actor: an aircraft as the subject before every trigger ("Russian
    /// helicopters fired rockets at X", "Syrian jets carried out a raid on X, killing two") makes shelling, an attack or a
    /// raid an air strike; an attack by civilians ("villagers beat a man to death", "residents lynched a suspect") is mob
    /// violence, as ACLED codes violence by an unorganised crowd; killing protesters is excessive force and detaining them
    /// a protest with intervention.
    /// </summary>
    public static string Refine(string subType, SentenceTrigger trigger, List<SentenceTrigger> all, string sentence, ActorMention? actor1,
        Func<ActorMention, string> side, EventLexicon lexicon)
    {
        if (subType is EventType.Shelling or EventType.Attack or EventType.ArmedClash && trigger.Class is "shelling" or "attack" or "assault"
            && AircraftSubject(sentence, all.Min(t => t.Match.Index), lexicon))
        {
            return EventType.AirDroneStrike;
        }
        // (Session 23: so is property burned or wrecked by them, "villagers burned the cars of a rival family".)
        if (subType is EventType.Attack or EventType.Looting && !trigger.Passive && actor1 is not null && side(actor1) == "civilians" && actor1.End <= trigger.Match.Index
            && actor1.Faction.Id != "protesters" && !lexicon.Cue("speech").IsMatch(sentence[actor1.End..trigger.Match.Index])
            // (Session 25: also a crowd as the subject or agent, or unarmed people as a passive's agent, CrowdViolence.)
            || subType == EventType.Attack && CrowdViolence.Applies(sentence, trigger, actor1, side))
        {
            return EventType.MobViolence;
        }
        // Session 23b: "gunmen set fire to a shop", "IS militants torched houses in X": property burned by an armed side named as the
        // subject, with no demonstration named, is looting/property destruction (ACLED: destruction of property by an armed actor).
        if (subType == EventType.ViolentDemonstration && trigger.Class == "riot" && !trigger.Passive && actor1 is not null && actor1.End <= trigger.Match.Index
            && side(actor1) != "civilians" && !all.Any(t => t.Class == "protest") && lexicon.Object("property").IsMatch(sentence[(trigger.Match.Index + trigger.Match.Length)..]))
        {
            return EventType.Looting;
        }
        // Session 27: "demonstrators ransacked the governor's office": property destroyed by demonstrators is a violent demonstration.
        if (ProtesterDamage.Applies(subType, trigger, sentence, actor1))
        {
            return EventType.ViolentDemonstration;
        }
        // Session 23: "a crowd set fire to the home of X", "residents torched the shops of Y": a crowd's violence with no
        // demonstration and no riot named is mob violence (ACLED: violence by rioters outside a demonstration).
        if (subType == EventType.ViolentDemonstration && trigger.Class == "riot" && !all.Any(t => t.Class == "protest")
            && !lexicon.Cue("riot-as-demonstration").IsMatch(sentence) && !lexicon.Cue("protester-noun").IsMatch(sentence))
        {
            return EventType.MobViolence;
        }
        // "Soldiers shot dead three protesters during a march", "police detained dozens of demonstrators at a sit-in": the act
        // done to protesters decides the protest's sub-type (ACLED: lethal force is excessive force; arrests an intervention).
        var onProtesters = all.Where(t => Before(sentence, t.Match.Index + t.Match.Length, lexicon.Cue("protester-noun"))).ToList();
        if (subType is EventType.PeacefulProtest or EventType.ProtestWithIntervention or EventType.Attack
            && lexicon.Cue("lethal-verb").Matches(sentence).Any(l => Before(sentence, l.Index + l.Length, lexicon.Cue("protester-noun"))) || FiringOnProtest.Applies(subType, sentence, lexicon))
        {
            return EventType.ExcessiveForce;
        }
        return subType is EventType.PeacefulProtest or EventType.Arrests or EventType.AbductionForcedDisappearance && onProtesters.Any(t => t.Class is "arrest" or "abduction")
            ? EventType.ProtestWithIntervention : subType;
    }

    /// <summary>A word of <paramref name="words"/> within 30 characters after <paramref name="from"/>, in the same clause.</summary>
    private static bool Before(string sentence, int from, Regex words) =>
        words.Match(sentence, from) is { Success: true } w && w.Index - from < 30 && !ClauseBreak().IsMatch(sentence[from..w.Index]);

    private static bool AircraftSubject(string sentence, int firstTrigger, EventLexicon lexicon)
    {
        var before = sentence[..firstTrigger];
        var aircraft = lexicon.Object("aircraft").Match(before);
        return aircraft.Success && !AntiBefore().IsMatch(before[..aircraft.Index]) && !lexicon.Cue("support").IsMatch(before[..aircraft.Index])
            && !ClauseBreak().IsMatch(before[aircraft.Index..]);
    }

    /// <summary>
    /// "The rebels have not captured X", "government forces did not enter X", "HTS never took X": a capture denied outright,
    /// with no attempt or failure named, reports nothing (a failed or repelled one is still the battle); so does one whose
    /// report is denied ("denied reports that it had captured X", session 23b, ReportDenial).
    /// </summary>
    public static bool DeniedOutright(string leftOfTrigger, bool attempted, bool failed, EventLexicon lexicon) =>
        !attempted && !failed && (ReportDenial.Denies(leftOfTrigger) || (lexicon.Cue("plain-negation").Matches(leftOfTrigger).Count is > 0 and var plain
        && plain == lexicon.Cue("negation").Matches(leftOfTrigger).Count));

    /// <summary>
    /// "The army, which lost X in 2015, shelled the town on Friday", "Manbij, which the SDF captured in 2016, was shelled":
    /// triggers inside a relative clause between commas that dates itself to an earlier year are history, not the report; a capture named as the time frame of another event ("looted X after its capture") does not code it (CaptureFrame, session 23b).
    /// </summary>
    public static List<SentenceTrigger> WithoutPastRelatives(List<SentenceTrigger> triggers, string sentence, DateOnly? published, EventLexicon lexicon)
    {
        var spans = PastSpans(sentence, published, lexicon);
        return TargetedCache.Without(AttributiveParticiple.Without(CaptureFrame.Without(TriggerOrder.OutsideSpans(triggers, spans), sentence), sentence, lexicon));
    }

    /// <summary>The spans (index, length) of the sentence's history clauses, whose triggers are not the report's.</summary>
    public static List<(int Index, int Length)> PastSpans(string sentence, DateOnly? published, EventLexicon lexicon) =>
        PastRelative().Matches(sentence).Where(m => int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) < (published?.Year ?? int.MaxValue))
            .Select(m => (m.Index, m.Length)).Concat(HistoryClauses.Spans(sentence, published, lexicon)).ToList();

    [GeneratedRegex(@"\b(?:by|from|of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgentWord();

    [GeneratedRegex(@"anti-\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AntiBefore();

    [GeneratedRegex(@"[,;]")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@",\s*(?:which|who|whose|that|where)\b[^,;]*?\b(?:in|since|during|back in)\s+(?<year>(?:19|20)\d\d)\b[^,;]*(?:,|\.?\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex PastRelative();
}
