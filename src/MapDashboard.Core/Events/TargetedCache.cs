using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 24: "an arms depot near X was struck by Israeli warplanes", "a weapons cache of the rebels was shelled by the army",
/// "drones bombed an ammunition depot": a store of weapons named by a noun (grammar kind cache-noun) in a sentence that
/// reports remote violence or a strike (an air, strike, shelling, explosive, suicide, grenade or chemical trigger: "struck", "hit") is what was hit, not weapons
/// seized or defused: the noun is no disrupted-weapons trigger there, so the remote violence codes the sentence. Found,
/// seized or uncovered with no such trigger ("police found an arms depot in a farm") it stays disrupted weapons use.
/// </summary>
internal static class TargetedCache
{
    private static readonly string[] Remote = ["air", "strike", "shelling", "explosive", "suicide", "grenade", "chemical"];

    private static readonly Regex Noun = EventLexicon.GrammarRegex("^", "cache-noun", "$");

    /// <summary>The triggers without the weapon stores a remote attack of the sentence hit.</summary>
    public static List<SentenceTrigger> Without(List<SentenceTrigger> triggers) =>
        triggers.Any(t => t.Class == "disrupted") && triggers.Any(t => Remote.Contains(t.Class))
            ? triggers.Where(t => !(t.Class == "disrupted" && Noun.IsMatch(t.Match.Value))).ToList()
            : triggers;
}
