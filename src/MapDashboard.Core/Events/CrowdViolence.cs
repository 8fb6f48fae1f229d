using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 25: an attack on people done by a crowd rather than an armed group is ACLED's Mob violence (violence by rioters,
/// outside a demonstration). Read where the attacker is a crowd noun (grammar kind crowd-noun) opening the attack's clause
/// ("a crowd stoned a suspected informant to death", "an angry mob beat two men") or the passive's agent ("a thief was
/// lynched by a mob"; session 27: also after "to death", "was beaten to death by villagers"), or unarmed people named after the passive's "by" ("a man was lynched by villagers", the active voice
/// being EventRefinements' civilians-as-subject rule). An armed side between the crowd and the verb ("a crowd watched as
/// gunmen shot a man") keeps the attack.
/// </summary>
internal static partial class CrowdViolence
{
    private static readonly Regex Subject = EventLexicon.GrammarRegex(
        l => @"(?:^|[,;:]\s*)(?:[\w'’-]+\s+){0,3}?(?<crowd>" + l.CueGroup("crowd-noun") + @")\b[^,;:]*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly GuardedRegex SubjectGuard = GuardedRegex.For(Subject);

    private static readonly Regex Agent = EventLexicon.GrammarRegex(
        l => @"\G(?:\s+to\s+death)?\s+by\s+(?:(?:" + l.CueGroup("determiner") + @")\s+)?(?:[\w'’-]+\s+)?" + l.CueGroup("crowd-noun") + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Whether the attack at <paramref name="trigger"/> was done by a crowd or, in the passive, by unarmed people.</summary>
    public static bool Applies(string sentence, SentenceTrigger trigger, ActorMention? actor1, Func<ActorMention, string> side)
    {
        var end = trigger.Match.Index + trigger.Match.Length;
        if (trigger.Passive)
        {
            return Agent.IsMatch(sentence, end)
                || (actor1 is not null && actor1.Start >= end && side(actor1) == "civilians" && actor1.Faction.Id != "protesters" && ByOnly().IsMatch(sentence[end..actor1.Start]));
        }
        // (A cheap check first: most attacks name no crowd before them; the words are read from the pattern.)
        if (!SubjectGuard.MayMatch(sentence.AsSpan(0, trigger.Match.Index)))
        {
            return false;
        }
        return Subject.Match(sentence[..trigger.Match.Index]) is { Success: true } crowd
            && (actor1 is null || side(actor1) == "civilians" || actor1.End <= crowd.Groups["crowd"].Index);
    }

    [GeneratedRegex(@"^(?:\s+to\s+death)?\s+by\s+(?:the\s+|angry\s+|local\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex ByOnly();
}
