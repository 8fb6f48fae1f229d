using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 26: "a grenade thrown at a checkpoint exploded", "gunmen threw a grenade into a shop, which exploded", "a hand grenade
/// went off in the market": with a grenade named in the sentence, a word that only says something went off (grammar kind
/// burst-word: "exploded", "explosion", "blast", "detonated") is the grenade's own explosion, not a second, planted device, so
/// it does not make the event a Remote explosive/landmine/IED (ACLED: a hand-thrown grenade is a Grenade). A device named by
/// its kind ("a roadside bomb exploded ... and grenades were thrown") keeps its explosive trigger.
/// </summary>
internal static class GrenadeBurst
{
    private static readonly Regex Burst = EventLexicon.GrammarRegex(@"^", "burst-word", @"$");

    /// <summary>The triggers without the bare bursts of a sentence that names a grenade.</summary>
    public static List<SentenceTrigger> Without(List<SentenceTrigger> triggers)
    {
        // (A cheap check first: most sentences name no grenade.)
        if (!triggers.Any(t => t.Class == "grenade") || !triggers.Any(t => t.Class == "explosive"))
        {
            return triggers;
        }
        return triggers.Where(t => t.Class != "explosive" || !Burst.IsMatch(t.Match.Value)).ToList();
    }
}
