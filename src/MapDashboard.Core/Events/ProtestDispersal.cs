using MapDashboard.Core.Text;
using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 27: "soldiers broke up a funeral march in X", "police dispersed a procession of relatives of detainees", "riot police
/// broke up the mourners' gathering": a verb of breaking up a gathering (grammar kind dispersal-verb) with a public
/// gathering that is no protest word by itself (kind dispersed-gathering, three words at most between, same clause) as its
/// object is a demonstration met by intervention (ACLED: Protest with intervention); the protest trigger is added at the
/// gathering and the intervention cue ("broke up", "dispersed") does the rest. Added when the sentence has no protest trigger;
/// "the army broke up a rebel cell" or "the fighters dispersed into the hills" (no gathering) is not this.
/// </summary>
internal static class ProtestDispersal
{
    private static readonly Regex Pattern = EventLexicon.GrammarRegex(
        l => @"\b" + l.CueGroup("dispersal-verb") + @"\s+(?:[\w'’-]+\s+){0,3}?(?<noun>" + l.CueGroup("dispersed-gathering") + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly GuardedRegex Guard = GuardedRegex.For(Pattern);

    private static readonly Regex Noun = EventLexicon.GrammarRegex(@"\G", "dispersed-gathering", @"\b");

    private static readonly TriggerRule Rule = new("protest", null, Noun, "ACLED codebook (Protest with intervention), session 27 (a gathering broken up, ProtestDispersal)", ["procession", "march"]);

    /// <summary>The triggers with such a gathering added, when the sentence has no protest trigger yet.</summary>
    public static List<SentenceTrigger> Add(List<SentenceTrigger> triggers, string sentence)
    {
        // (A cheap check first: most sentences have no dispersal verb; the words are read from the pattern.)
        if (triggers.Any(t => t.Class == "protest") || !Guard.MayMatch(sentence) || Pattern.Match(sentence) is not { Success: true } m)
        {
            return triggers;
        }
        return [.. triggers, new SentenceTrigger(Rule, Noun.Match(sentence, m.Groups["noun"].Index), false)];
    }
}
