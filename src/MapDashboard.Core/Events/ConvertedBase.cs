using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 25: "IS turned a school in X into its headquarters", "the hospital was converted into a military base by Russian
/// forces", "Hezbollah transformed a farm near X into a barracks": a verb of making one thing into another (grammar kind
/// conversion-verb) with a base noun (object-words class base) after its "into" is a base set up (ACLED: Headquarters or
/// base established), which the base verbs of triggers.tsv ("established", "set up") are only with the base as their
/// object. The trigger is added last, so any other trigger of the sentence codes it first; "turned back a convoy at a
/// checkpoint" (no "into") and "turned the town into rubble" (no base noun) are not this.
/// </summary>
internal static class ConvertedBase
{
    private static readonly Lazy<Regex> Pattern = new(() => EventLexicon.GrammarRegex(
        l => @"\b(?<verb>" + l.CueGroup("conversion-verb") + @")\s+(?:[\w'’-]+\s+){0,6}?into\s+(?:" + l.CueGroup("determiner") + @"\s+)?(?:[\w'’-]+\s+){0,2}?(?:"
            + l.Object("base") + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private static readonly Regex Verb = EventLexicon.GrammarRegex(l => @"\G" + l.CueGroup("conversion-verb"), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly TriggerRule Rule = new("base", null, Verb, "ACLED codebook (Headquarters or base established), session 25 (a building made into a base, ConvertedBase)", ["turned", "converted"]);

    /// <summary>The triggers with such a conversion added last, when the sentence has no base trigger yet.</summary>
    public static List<SentenceTrigger> Add(List<SentenceTrigger> triggers, string sentence)
    {
        // (A cheap check first: most sentences have no "into".)
        if (!sentence.Contains(" into ", StringComparison.OrdinalIgnoreCase) || triggers.Any(t => t.Class == "base") || Pattern.Value.Match(sentence) is not { Success: true } m)
        {
            return triggers;
        }
        var passive = m.Index > 0 && PassiveBefore.IsMatch(sentence[Math.Max(0, m.Index - 12)..m.Index]);
        return [.. triggers, new SentenceTrigger(Rule, Verb.Match(sentence, m.Groups["verb"].Index), passive)];
    }

    // Session 26: the auxiliaries are the lexicon's passive cue ("was", "were", "got" ...), as the trigger finder reads them.
    private static readonly Regex PassiveBefore = EventLexicon.GrammarRegex(@"\b", "passive", @"\s+$");
}
