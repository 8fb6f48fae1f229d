using MapDashboard.Core.Text;
using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 23b: "the SDF denied reports that it had withdrawn from X", "HTS dismissed claims that the army had captured Y",
/// "Moscow rejected media reports that its jets had bombed Z": a verb of denial (grammar kind denial-verb) whose object
/// is a report, claim or allegation (report-noun) followed by "that" or "of" denies the act the report tells, as
/// "denied that" does (cues.tsv negation): the act is not coded, and a capture so denied is denied outright. A clause
/// break between the denial and the trigger ("denied reports of a withdrawal, and said it repelled an attack") ends it.
/// </summary>
internal static class ReportDenial
{
    private static readonly Regex Pattern = EventLexicon.GrammarRegex(
        l => @"\b" + l.CueGroup("denial-verb") + @"\s+(?:[\w'’-]+\s+){0,2}?" + l.CueGroup("report-noun") + @"\s+(?:that|of)\b", RegexOptions.IgnoreCase);

    // Session 27: "the army denied shelling the town", "Russia denied bombing a hospital", "police denied opening fire on the
    // protesters", "the SDF denied using chemical weapons": a verb of denial with the act as its gerund object (the trigger
    // itself or the trigger in the gerund's clause, no clause break between) denies the act as "denied having" does.
    private static readonly Regex GerundDenied = EventLexicon.GrammarRegex(
        l => @"\b" + l.CueGroup("denial-verb") + @"\s+(?:[\w'’-]+ing\b[^,;:.]*?\s+)?\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Most texts before a trigger hold no denial verb: the regex runs only on those that do.
    private static readonly GuardedRegex GerundDeniedGuarded = GuardedRegex.For(GerundDenied);

    /// <summary>Whether the text before a trigger denies a report of it, or denies the act told by a gerund (session 27).</summary>
    public static bool Denies(string leftOfTrigger) =>
        Pattern.IsMatch(leftOfTrigger) || GerundDeniedGuarded.IsMatch(leftOfTrigger);

    /// <summary>The negation cues of the lexicon, or a report denied, before a trigger.</summary>
    public static bool Negates(string leftOfTrigger, EventLexicon lexicon) => lexicon.Cue("negation").IsMatch(leftOfTrigger) || Denies(leftOfTrigger);
}
