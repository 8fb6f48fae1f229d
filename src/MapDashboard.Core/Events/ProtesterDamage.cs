using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 27: "demonstrators ransacked the governor's office", "shops were looted by protesters during the march", "protesters
/// demolished the statue of the old ruler": property looted or destroyed by demonstrators (the protesters as actor 1, or a
/// protester noun, grammar kind protester-noun, as the passive's agent right after "by") is ACLED's Violent demonstration
/// (demonstrators engaging in violence or destruction of property), not Looting/property destruction, which is an armed side's
/// or a crowd's with no demonstration. "Gunmen looted the shops of protesters" (the protesters are the owners) is not this.
/// </summary>
internal static class ProtesterDamage
{
    private static readonly Regex Agent = EventLexicon.GrammarRegex(@"\G\s+by\s+(?:(?:the|angry|hundreds\s+of|dozens\s+of)\s+)*", "protester-noun", @"\b");

    /// <summary>Whether a looting or destruction at <paramref name="trigger"/> was the demonstrators'.</summary>
    public static bool Applies(string subType, SentenceTrigger trigger, string sentence, ActorMention? actor1)
    {
        if (subType != EventType.Looting)
        {
            return false;
        }
        var end = trigger.Match.Index + trigger.Match.Length;
        // (The passive forms of triggers.tsv, "were ransacked", hold their auxiliary: the agent after "by" is read either way.)
        return Agent.IsMatch(sentence, end) || !trigger.Passive && actor1 is { Faction.Id: "protesters" } && actor1.End <= trigger.Match.Index;
    }
}
