using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// "Coalition jets in support of the SDF struck IS positions, taking control of X", "Russian advisers supporting the army
/// captured X": the subject of a capture is a helper joined to the side it helps (grammar-words kind <c>support-lead</c>);
/// the helped side takes and holds the ground, so it is the capture's taker. ACLED names the side that acquires control
/// as the first actor; an air force or advisers "in support of" it do not hold a village. A support phrase after the
/// capture verb ("took X despite strikes in support of Y") is no subject and changes nothing.
/// </summary>
internal static class SupportedSide
{
    private static readonly System.Text.RegularExpressions.Regex Gap = EventLexicon.GrammarRegex(@"^\s*,?\s*", "support-lead", @"\s+(?:[\w'-]+\s+){0,3}$");

    /// <summary>
    /// The helped side when the sentence's subject before <paramref name="start"/> (the trigger) is a helper followed by a support cue
    /// and another side, and the roles gave the capture to the helper, to nobody, or to a side named after the helped one (an object
    /// of another verb, "struck IS positions"); else null.
    /// </summary>
    public static ActorMention? Helped(string sentence, int start, ActorMention? actor1, List<ActorMention> found)
    {
        // Only the sentence's first side is a subject that can be a helper ("A in support of B took X", not "X fought rebels supporting B").
        var before = found.Where(a => a.End <= start).Take(2).ToList();
        if (before.Count == 2 && before[1].Faction.Id != before[0].Faction.Id && Gap.IsMatch(sentence[before[0].End..before[1].Start])
            && (actor1 is null || actor1 == before[0] || actor1.Start > before[1].Start))
        {
            return before[1];
        }
        return null;
    }
}
