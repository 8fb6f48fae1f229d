using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 23: "Three soldiers were killed when rebels attacked their checkpoint", "two SDF fighters died when a roadside
/// bomb went off": a side the sentence opens with as the subject of being killed or wounded (grammar kinds victim-verb,
/// victim-when), with the event told after "when", is the side hit (actor 2); the side named in the "when" clause before
/// the trigger acts (actor 1), and with none named there the event has no first actor.
/// </summary>
internal static class VictimClause
{
    // The opening's pattern, built once per lexicon (it was built and looked up in Regex's cache for every trigger).
    private static readonly ConditionalWeakTable<EventLexicon, Regex> Openings = new();

    /// <summary>The roles with the victims of a "were killed when" opening moved to actor 2.</summary>
    public static (ActorMention? Actor1, ActorMention? Actor2) Adjust(string sentence, SentenceTrigger trigger, (ActorMention? Actor1, ActorMention? Actor2) roles,
        IReadOnlyList<ActorMention> found, EventLexicon lexicon)
    {
        var (actor1, actor2) = roles;
        var opening = Openings.GetValue(lexicon, l => new Regex(
            @"\b(?:" + l.CueGroup("victim-verb") + @")\s+(?:" + l.CueGroup("victim-when") + @")\b", RegexOptions.IgnoreCase)).Match(sentence);
        // (The trigger is the "when" clause's verb, or the verb of being killed itself: "killed" opens the event it tells.)
        if (!opening.Success || actor1 is null || actor1.End > opening.Index || trigger.Match.Index < opening.Index
            || sentence[..actor1.Start].IndexOfAny([',', ';']) >= 0)
        {
            return roles;
        }
        var whenEnd = opening.Index + opening.Length;
        var clauseEnd = Math.Max(trigger.Match.Index, whenEnd);
        var agent = found.FirstOrDefault(a => a.Start >= whenEnd && (a.End <= clauseEnd || trigger.Match.Index < whenEnd) && a.Faction.Id != actor1.Faction.Id
            && sentence[whenEnd..a.Start].IndexOfAny([',', ';']) < 0);
        return (agent ?? (actor2 is not null && actor2.Start >= opening.Index + opening.Length ? actor2 : null), actor1);
    }
}
