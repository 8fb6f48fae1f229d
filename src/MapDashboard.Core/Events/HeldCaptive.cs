using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 24: "IS held a group of truck drivers captive near X", "gunmen kept two engineers prisoner for a month", "a doctor
/// was held for two weeks by armed men", "two aid workers were held by HTS before being released": people held or kept as
/// captives with words between the verb and the noun of captivity (grammar kinds hold-verb, captivity-noun, the object naming
/// people), or people held "by" a side in the passive (a person noun as the subject, a duration at most between), are an
/// abduction (ACLED: Abduction/forced disappearance), which the contiguous forms ("held captive", "held hostage") of
/// triggers.tsv already are. "The army held the town for two weeks", "the town was held by IS for years" name no people and
/// are no trigger. The trigger is added last, so any other trigger of the sentence codes it first.
/// </summary>
internal static partial class HeldCaptive
{
    private static readonly Regex Active = EventLexicon.GrammarRegex(
        l => @"\b(?<verb>" + l.CueGroup("hold-verb") + @")\s+(?<object>(?:[\w'’-]+\s+){1,6}?)" + l.CueGroup("captivity-noun") + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Passive = EventLexicon.GrammarRegex(
        l => @"\b(?:was|were|been|being)\s+(?<verb>" + l.CueGroup("hold-verb") + @")\s+(?:" + l.CueGroup("captivity-noun") + @"\s+)?(?:for\s+(?:[\w-]+\s+){1,3}?)?by\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Verb = EventLexicon.GrammarRegex(l => @"\G" + l.CueGroup("hold-verb"), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly TriggerRule Rule = new("abduction", null, Verb, "general English, session 24 (people held or kept captive, HeldCaptive)", ["held", "kept"]);

    /// <summary>The triggers with such a holding of people added last, when the sentence has no abduction trigger yet.</summary>
    public static List<SentenceTrigger> Add(List<SentenceTrigger> triggers, string sentence, EventLexicon lexicon)
    {
        // (A cheap check first: most sentences hold neither verb.)
        if (triggers.Any(t => t.Class == "abduction") || !(sentence.Contains("held", StringComparison.OrdinalIgnoreCase) || sentence.Contains("kept", StringComparison.OrdinalIgnoreCase)))
        {
            return triggers;
        }
        var person = lexicon.Object("person");
        if (Active.Match(sentence) is { Success: true } active && (person.IsMatch(active.Groups["object"].Value) || Pronoun().IsMatch(active.Groups["object"].Value)))
        {
            return [.. triggers, new SentenceTrigger(Rule, Verb.Match(sentence, active.Groups["verb"].Index), false)];
        }
        if (Passive.Match(sentence) is { Success: true } passive && person.IsMatch(sentence[Math.Max(0, passive.Index - 40)..passive.Index]))
        {
            return [.. triggers, new SentenceTrigger(Rule, Verb.Match(sentence, passive.Groups["verb"].Index), true)];
        }
        return triggers;
    }

    [GeneratedRegex(@"^(?:him|her|them)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();
}
