using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 27: "a joint Russian-Turkish patrol drove through X", "US and SDF forces carried out joint military ground patrols",
/// "a joint armoured patrol": "joint" with up to two words before the patrol noun (grammar kind joint-activity) is ACLED's
/// Other (strategic developments of no other sub-type), which the literal forms of triggers.tsv ("joint patrol", "joint
/// military patrol") name only without words inside. Added when the sentence has no trigger of class "other" yet; put last
/// with the other "other" triggers (TriggerOrder.OtherLast), so any other trigger of the sentence codes it first.
/// "A joint statement on patrols" (no patrol noun within two words) is not this.
/// </summary>
internal static class JointPatrol
{
    private static readonly Regex Pattern = EventLexicon.GrammarRegex(@"\bjoint\s+(?:[\w'’-]+\s+){1,2}?", "joint-activity", @"\b");

    private static readonly TriggerRule Rule = new("other", null, Pattern, "ACLED codebook (Other), session 27 (\"joint\" with words inside before a patrol noun, JointPatrol)", ["joint patrol"]);

    /// <summary>The triggers with such a joint patrol added, when the sentence has no "other" trigger yet.</summary>
    public static List<SentenceTrigger> Add(List<SentenceTrigger> triggers, string sentence)
    {
        // (A cheap check first: most sentences name nothing joint.)
        if (!sentence.Contains("joint", StringComparison.OrdinalIgnoreCase) || triggers.Any(t => t.Class == "other") || Pattern.Match(sentence) is not { Success: true } m)
        {
            return triggers;
        }
        return [.. triggers, new SentenceTrigger(Rule, m, false)];
    }
}
