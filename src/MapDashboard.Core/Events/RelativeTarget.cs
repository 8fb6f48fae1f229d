using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 27: "the suicide blast, which struck a Hezbollah position near X, killed four", "a car bomb that targeted an army
/// convoy wounded six soldiers", "the explosion, which tore through an SDF checkpoint": a side named as the object of a relative
/// clause right after a remote or suicide attack named as a noun (a relative pronoun, then a verb of hitting, grammar kind
/// hit-relative-verb, then at most an article) is the side hit (actor 2), as a side right after an active remote-violence
/// verb is (EventRefinements.TargetAfterTrigger), though a comma opens the clause. "The car bomb, which IS fighters had
/// planted, ..." names who planted it, not the side hit.
/// </summary>
internal static class RelativeTarget
{
    private static readonly Regex Pattern = EventLexicon.GrammarRegex(
        l => @"\A\s*,?\s*(?:which|that)\s+(?:\w+ly\s+)?" + l.CueGroup("hit-relative-verb") + @"\s+(?:(?:a|an|the)\s+)?\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="actor"/>, after the trigger ending at <paramref name="triggerEnd"/>, is the object of such a relative clause.</summary>
    public static bool Names(string sentence, int triggerEnd, ActorMention actor) =>
        // (A cheap check first: the words between are few and hold "which" or "that".)
        actor.Start >= triggerEnd && actor.Start - triggerEnd < 40 && Pattern.IsMatch(sentence.AsSpan(triggerEnd, actor.Start - triggerEnd));
}
