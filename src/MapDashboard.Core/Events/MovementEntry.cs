using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 24: "the SDF moved into Tabqa after IS abandoned the town", "army units moved into X once the rebels had left": a
/// verb of moving in (grammar kind movement-entry, a territory trigger as "entered" is) is an entry, and so possibly a
/// capture, only when an armed side is its subject: the nearest side named before it in its clause, not civilians.
/// "Displaced families moved into X", "returnees moved into the town" (no side, or civilians) is people moving, no event.
/// </summary>
internal static class MovementEntry
{
    private static readonly Regex Forms = EventLexicon.GrammarRegex("^", "movement-entry", "$");

    /// <summary>The triggers without the verbs of moving in that no armed side is the subject of.</summary>
    public static List<SentenceTrigger> Armed(List<SentenceTrigger> triggers, string sentence, IReadOnlyList<ActorMention> found) =>
        triggers.Any(t => t.Class == "territory" && Forms.IsMatch(t.Match.Value))
            ? triggers.Where(t => !(t.Class == "territory" && Forms.IsMatch(t.Match.Value) && !ArmedSubject(sentence, t.Match.Index, found))).ToList()
            : triggers;

    private static bool ArmedSubject(string sentence, int triggerStart, IReadOnlyList<ActorMention> found) =>
        found.LastOrDefault(a => a.End <= triggerStart) is { } subject && subject.Faction.Side != "civilians"
        && sentence.AsSpan(subject.End, triggerStart - subject.End).IndexOfAny(',', ';') < 0;
}
