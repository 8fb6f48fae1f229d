using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 24: "hundreds of fighters left X under an evacuation agreement", "the rebels vacated Y under a surrender deal",
/// "the last fighters evacuated Z under a deal with the government": a verb of leaving (grammar kind leave-place-verb) with a
/// place's name as its direct object, followed in the sentence by a deal (cue kind no-fight), is a withdrawal, so a
/// non-violent transfer of territory (ACLED: territory changing hands without fighting). Without a deal the verb is no
/// trigger ("the shelling left X in ruins", "fighters left X for the north"). The trigger goes where a withdrawal stands
/// in the precedence of the sentence's triggers. Session 24b: the deal may also open the sentence, fronted before the verb
/// and closed by a comma ("Under a Russian-brokered deal, the rebels left X", "Following a surrender agreement, fighters
/// vacated Y"): a preposition of grammar kind deal-preposition, then a noun of kind deal-noun within a few words.
/// </summary>
internal static class LeftUnderDeal
{
    private static readonly Regex Pattern = EventLexicon.GrammarRegex(
        l => @"\b(?<verb>" + l.CueGroup("leave-place-verb") + @")\s+(?=[A-Z])", RegexOptions.CultureInvariant);

    private static readonly Regex Verb = EventLexicon.GrammarRegex(l => @"\G" + l.CueGroup("leave-place-verb"), RegexOptions.CultureInvariant);

    // Session 24b: "Under a (Turkish-brokered) agreement, ...": a deal heading the sentence's opening phrase.
    private static readonly Regex FrontedDeal = EventLexicon.GrammarRegex(
        l => @"\A\W*(?:" + l.CueGroup("deal-preposition") + @")\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + l.CueGroup("deal-noun") + @")\b[^,.;]{0,80},",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly TriggerRule Rule = new("withdrawal", "territory", Verb, "general English, session 24 (a place left under a deal, LeftUnderDeal)", ["left", "vacated", "evacuated"]);

    // The classes a withdrawal codes before (TriggerFinder's precedence).
    private static readonly string[] Before = ["territory", "loss", "transfer", "withdrawal"];

    /// <summary>The triggers with a place left under a deal added at a withdrawal's rank, when the sentence has no withdrawal trigger yet.</summary>
    public static List<SentenceTrigger> Add(List<SentenceTrigger> triggers, string sentence, EventLexicon lexicon)
    {
        // (Cheap checks first: most sentences hold no verb of leaving a place, and most name no deal.)
        if (triggers.Any(t => t.Class is "withdrawal" or "transfer") || !Text.GuardedRegex.For(Pattern).MayMatch(sentence))
        {
            return triggers;
        }
        var fronted = FrontedDeal.Match(sentence);
        if (!fronted.Success && !lexicon.Cue("no-fight").IsMatch(sentence)
            || Pattern.Match(sentence, fronted.Success ? fronted.Length : 0) is not { Success: true } m
            || !fronted.Success && !lexicon.Cue("no-fight").IsMatch(sentence[(m.Index + m.Length)..]))
        {
            return triggers;
        }
        var trigger = new SentenceTrigger(Rule, Verb.Match(sentence, m.Groups["verb"].Index), false);
        var at = triggers.FindIndex(t => !Before.Contains(t.Class));
        var result = triggers.ToList();
        result.Insert(at < 0 ? result.Count : at, trigger);
        return result;
    }
}
