using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 26: "soldiers shot at a demonstration in X, killing five people", "two people were killed when police fired live rounds
/// at a protest", "troops opened fire on a sit-in": a verb of firing (grammar kind fire-at-verb) whose target after "at / on /
/// into" (kind fire-at-preposition, three words at most before it and before the noun) is a protest or its people (kind
/// protest-gathering-noun) makes an attack excessive force against protesters (ACLED: lethal or grave force against a peaceful
/// protest), also when the dead are named only as people; a protest fired at counts only with dead or wounded named. Non-lethal
/// means between the verb and its target (kind nonlethal-munition: "fired tear gas at protesters", "fired warning shots over a
/// rally") are an intervention, not this. "Troops fired on a checkpoint during a protest" (the target no protest) stays as coded.
/// </summary>
internal static class FiringOnProtest
{
    private static readonly Regex Pattern = EventLexicon.GrammarRegex(
        l => @"\b" + l.CueGroup("fire-at-verb") + @"\s+(?:(?!" + l.CueGroup("nonlethal-munition") + @"\b)[\w'’-]+\s+){0,3}?" + l.CueGroup("fire-at-preposition") + @"\s+(?:[\w'’-]+\s+){0,3}?"
            + l.CueGroup("protest-gathering-noun") + @"\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // The words every match holds, read from the pattern (the firing verbs, prepositions and gathering nouns).
    private static readonly GuardedRegex Guard = GuardedRegex.For(Pattern);

    /// <summary>
    /// Whether the event coded as <paramref name="subType"/> is firing at a protest: an attack, or a protest whose sentence names
    /// dead or wounded ("opened fire on a sit-in, killing three"; a protest fired at with no harm named stays as coded).
    /// </summary>
    public static bool Applies(string subType, string sentence, EventLexicon lexicon) =>
        (subType == EventType.Attack || subType is EventType.PeacefulProtest or EventType.ProtestWithIntervention && lexicon.NamesCasualties(sentence))
        // (The guard's word test first: most sentences fire at nothing.)
        && Guard.IsMatch(sentence);
}
