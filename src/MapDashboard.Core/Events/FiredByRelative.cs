using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 24: "Rockets that IS fired hit a school", "a mortar round the rebels launched struck a clinic", "shells which
/// government artillery fired landed in X": a side named right after a weapon and before a verb of firing (grammar kind
/// fired-verb, at most one noun such as "artillery" or "gunners" between) is the subject of a relative clause about the
/// weapon: it fired (actor 1), it was not hit. A relative pronoun between the side and the verb ("shelled YPG fighters who
/// fired at X") makes the side the target, as before.
/// </summary>
internal static class FiredByRelative
{
    // What may stand between the weapon and the side: a relative pronoun, an article, a noun of the weapon ("round"), three words at most.
    private static readonly Regex Between = new(@"^[\s\w'-]{0,30}$", RegexOptions.CultureInvariant);

    private static readonly Regex FiredAfter = EventLexicon.GrammarRegex(
        l => @"^\s+(?:(?!(?:who|whom|which|that|and|had)\b)[a-z][\w-]*\s+)?" + l.CueGroup("fired-verb") + @"\b", RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="actor"/>, after the trigger ending at <paramref name="triggerEnd"/>, is the one who fired the weapon.</summary>
    public static bool Names(string sentence, int triggerEnd, ActorMention actor) =>
        actor.Start >= triggerEnd && Between.IsMatch(sentence.AsSpan(triggerEnd, actor.Start - triggerEnd))
        && FiredAfter.IsMatch(sentence[actor.End..]);
}
