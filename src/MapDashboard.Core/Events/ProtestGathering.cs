using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 25: "demonstrators gathered in Idlib to demand the release of detainees", "women gathered in front of the courthouse
/// calling for news of their sons", "hundreds assembled outside the governor's office chanting against corruption": people
/// coming together (grammar kind gathering-verb) with a demand or the signs of one after it in the same clause (kind
/// demand-lead, ten words at most between) is a public demonstration (ACLED: Protests), which the protest words of triggers.tsv
/// ("protested", "rallied", "staged a protest") name only by themselves. The trigger is added last, so any other trigger of
/// the sentence codes it first; "fighters gathered near X before the assault" (no demand) is not this.
/// </summary>
internal static class ProtestGathering
{
    private static readonly Regex Pattern = EventLexicon.GrammarRegex(
        l => @"\b(?<verb>" + l.CueGroup("gathering-verb") + @")\b(?:\s+[\w'’-]+){0,10}?,?\s+" + l.CueGroup("demand-lead") + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // The words every match holds, read from the pattern (the gathering verbs): most sentences have none.
    private static readonly GuardedRegex Guard = GuardedRegex.For(Pattern);

    private static readonly Regex Verb = EventLexicon.GrammarRegex(l => @"\G" + l.CueGroup("gathering-verb"), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly TriggerRule Rule = new("protest", null, Verb, "ACLED codebook (Protests), session 25 (a gathering with a demand, ProtestGathering)", ["gathered", "assembled"]);

    /// <summary>The triggers with such a gathering added last, when the sentence has no protest trigger yet.</summary>
    public static List<SentenceTrigger> Add(List<SentenceTrigger> triggers, string sentence)
    {
        if (triggers.Any(t => t.Class == "protest") || !Guard.MayMatch(sentence) || Pattern.Match(sentence) is not { Success: true } m)
        {
            return triggers;
        }
        return [.. triggers, new SentenceTrigger(Rule, Verb.Match(sentence, m.Groups["verb"].Index), false)];
    }
}
