using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 24: "a landmine killed three farmers near X", "two children died when a mine exploded", "shelling on the market
/// killed a vendor": remote violence whose dead or wounded the sentence names only as unarmed people (object-words class
/// person) and no armed side hit has civilians as its second actor, as ACLED codes remote violence against civilians
/// (civilian targeting); so has mob violence that kills or hurts such people ("a crowd beat a suspected thief to death").
/// A sentence that also names fighters, soldiers or other combatants (class combatant) keeps no
/// second actor: the people may have been among armed men. Session 28: combatant words in the agent phrase ("a mine planted by
/// the militants killed two farmers", "rockets fired by rebel fighters wounded four students") name who attacked, not who was
/// hit, and no longer keep the civilians out.
/// </summary>
internal static class UnarmedVictims
{
    private static readonly string[] Kinds = [EventType.AirDroneStrike, EventType.Shelling, EventType.RemoteExplosive, EventType.SuicideBomb,
        EventType.Grenade, EventType.ChemicalWeapon, EventType.MobViolence];

    /// <summary>Whether the event of <paramref name="subType"/>, with no second actor, hit civilians named in <paramref name="sentence"/>.</summary>
    public static bool Civilian(string sentence, string subType, EventLexicon lexicon) =>
        Kinds.Contains(subType) && Harmed(sentence, lexicon) && lexicon.Object("person").IsMatch(sentence)
        && !lexicon.Object("combatant").Matches(sentence).Any(c => !AgentPhrase.IsMatch(sentence[Math.Max(0, c.Index - 50)..c.Index]));

    // "by the retreating militants", "at the hands of Islamic State fighters": an agent cue and up to three words before the combatant word.
    private static readonly Regex AgentPhrase = EventLexicon.GrammarRegex(@"\b", "agent-cue", @"\s+(?:[\p{L}'’-]+\s+){0,3}$");

    // The sentence tells of dead or wounded: a death, killing or wounded word; session 25: or a verb of hurting ("a mob beat two men").
    private static bool Harmed(string sentence, EventLexicon lexicon) =>
        lexicon.NamesCasualties(sentence) || lexicon.Cue("harm-verb").IsMatch(sentence);
}
