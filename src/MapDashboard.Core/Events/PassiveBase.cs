using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 26: "a new Turkish military base was opened near X", "a Russian base was set up near Y", "two observation posts were
/// erected by Iranian forces": a base noun (object-words class base) as the subject of a passive base verb (grammar kind
/// base-verb, the lexicon's passive cue right before it, eight words at most between the noun and the auxiliary, session 27:
/// "a forward base for US troops in the east has been built", "a command centre for the military police has now been opened") is a base
/// set up (ACLED: Headquarters or base established), which the base verbs of triggers.tsv are only with the base after them.
/// Added last, so any other trigger of the sentence codes it first; "the border crossing was opened" (no base noun) and "the
/// base was shelled" (no base verb) are not this.
/// </summary>
internal static class PassiveBase
{
    private static readonly Lazy<Regex> Pattern = new(() => EventLexicon.GrammarRegex(
        l => @"\b(?:" + l.Object("base") + @")\s+(?:[\w'’-]+\s+){0,8}?" + l.CueGroup("passive") + @"\s+(?:\w+ly\s+)?(?<verb>" + l.CueGroup("base-verb") + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private static readonly Regex Verb = EventLexicon.GrammarRegex(@"\G", "base-verb", "");

    private static readonly TriggerRule Rule = new("base", null, Verb, "ACLED codebook (Headquarters or base established), session 26 (a base noun as the subject of a passive base verb, PassiveBase)", ["opened", "set up"]);

    /// <summary>The triggers with such a passive base added last, when the sentence has no base trigger yet.</summary>
    public static List<SentenceTrigger> Add(List<SentenceTrigger> triggers, string sentence, EventLexicon lexicon)
    {
        // (A cheap check first: most sentences name no base.)
        if (triggers.Any(t => t.Class == "base") || !lexicon.MayHoldObject("base", sentence) || Pattern.Value.Match(sentence) is not { Success: true } m)
        {
            return triggers;
        }
        return [.. triggers, new SentenceTrigger(Rule, Verb.Match(sentence, m.Groups["verb"].Index), true)];
    }
}
