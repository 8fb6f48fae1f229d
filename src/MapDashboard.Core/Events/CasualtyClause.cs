using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 28: "a roadside bomb went off near X, killing three soldiers", "shells landed on Y overnight, wounding four rebel
/// fighters": a side named in a clause of casualties after a comma (a participle of grammar kind <c>casualty-participle</c>,
/// then at most four words: a count, "at least", an adjective) is among the dead or wounded, the side hit (actor 2), never the
/// one firing, as a side right after an active remote-violence verb is (<see cref="EventRefinements.TargetAfterTrigger"/>).
/// </summary>
internal static class CasualtyClause
{
    private static readonly Regex Pattern = EventLexicon.GrammarRegex(
        l => @",\s*" + l.CueGroup("casualty-participle") + @"\s+(?:[\w'’-]+\s+){0,4}\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="actor"/>, after the trigger ending at <paramref name="triggerEnd"/>, opens such a clause's casualties.</summary>
    public static bool Names(string sentence, int triggerEnd, ActorMention actor) =>
        // (A cheap check first: a comma between the trigger and the side, within 160 characters.)
        actor.Start > triggerEnd && actor.Start - triggerEnd < 160 && sentence.AsSpan(triggerEnd, actor.Start - triggerEnd).Contains(',')
        && Pattern.IsMatch(sentence.AsSpan(triggerEnd, actor.Start - triggerEnd));
}
