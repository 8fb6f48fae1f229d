using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 27: "riot police arrested protesters", "officers in riot gear dispersed the march", "a riot control unit was sent":
/// "riot" right before a unit or kit noun (grammar kind riot-unit-noun) names who is sent against a riot, not a riot, so that
/// riot trigger is dropped (the protest or the arrest of the sentence codes it). "A riot broke out in X" keeps it.
/// </summary>
internal static class RiotUnit
{
    private static readonly Regex UnitAfter = EventLexicon.GrammarRegex(@"\G\s+", "riot-unit-noun", @"\b");

    /// <summary>The triggers without the riot words that name a unit or kit.</summary>
    public static List<SentenceTrigger> Without(List<SentenceTrigger> triggers, string sentence)
    {
        // (A cheap check first: most sentences have no riot trigger.)
        if (!triggers.Any(t => t.Class == "riot"))
        {
            return triggers;
        }
        return triggers.Where(t => t.Class != "riot" || !UnitAfter.IsMatch(sentence, t.Match.Index + t.Match.Length)).ToList();
    }
}
