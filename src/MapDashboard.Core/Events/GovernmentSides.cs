using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// The sides of a government and its affiliates (factions.json): Assad's before 8 December 2024 and the new government's
/// after it. Their gains are "Government regains territory", their detentions arrests (ACLED codebook). The fallen
/// regime's armed remnants after that date are a side of their own ("former-regime"): their gains are a non-state actor's.
/// </summary>
internal static class GovernmentSides
{
    // A country's forces as a clause's subject and as the passive's agent, built once per lexicon.
    private static readonly ConditionalWeakTable<EventLexicon, Tuple<Regex, Regex>> ForcePatterns = new();

    /// <summary>Whether the side is a government's or its affiliates'.</summary>
    public static bool Contains(string side) => side is "pro-government" or "syrian-government-2024";

    /// <summary>
    /// Whether a capture is a government's: its first actor is of a government's side, or, session 23, with no actor the
    /// catalogue knows, its subject (or its agent after "by" in the passive) is another country's forces named by the
    /// country ("Iraqi troops retook X", "X was recaptured by Ukrainian forces", "the Myanmar military regained X"; grammar
    /// kinds state-adjective, state-force-modifier, state-force-noun): ACLED codes a state's forces regaining its ground as
    /// "Government regains territory".
    /// </summary>
    public static bool Regains(ActorMention? actor1, Func<ActorMention, string> side, string sentence, SentenceTrigger trigger, EventLexicon lexicon)
    {
        if (actor1 is not null)
        {
            return Contains(side(actor1));
        }
        var (subject, agent) = ForcePatterns.GetValue(lexicon, BuildForcePatterns);
        var before = sentence[..trigger.Match.Index];
        var clause = before[(before.LastIndexOfAny([',', ';']) + 1)..];
        return subject.IsMatch(clause) || (trigger.Passive && agent.IsMatch(sentence[(trigger.Match.Index + trigger.Match.Length)..]));
    }

    private static Tuple<Regex, Regex> BuildForcePatterns(EventLexicon lexicon)
    {
        var force = lexicon.CueGroup("state-adjective") + @"\s+(?:" + lexicon.CueGroup("state-force-modifier") + @"\s+){0,2}" + lexicon.CueGroup("state-force-noun") + @"\b";
        return Tuple.Create(
            new Regex(@"(?<![\w-])(?<!\b(?:from|of|against|with|on)\s+(?:the\s+)?)" + force, RegexOptions.IgnoreCase),
            new Regex(@"^[^,;]*?\bby\s+(?:the\s+)?" + force, RegexOptions.IgnoreCase));
    }
}
