using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 23b: "gunmen stormed a school and kidnapped three teachers", "militiamen stormed a house and detained a man",
/// "a crowd stormed the office and set it on fire": a storming of a place that is not a military one (no base,
/// checkpoint or position named: object class base), coordinated by "and" with an act of one-sided violence, a riot or
/// looting, is how that act was done: the coordinated act codes the event (ACLED: a storming is a battle only where an
/// armed side is fought; breaking into a building to seize people is an abduction). A storming of a checkpoint or
/// position stays the battle ("stormed an army post and captured four soldiers").
/// </summary>
internal static partial class StormingCoordinated
{
    private static readonly string[] Acts = ["abduction", "arrest", "attack", "riot", "looting", "sexual"];

    /// <summary>The triggers with the coordinated act first when a storming of a non-military place leads them.</summary>
    public static List<SentenceTrigger> PutFirst(List<SentenceTrigger> ordered, string sentence, EventLexicon lexicon)
    {
        if (ordered.Count < 2 || ordered[0] is not { Class: "clash" } storming || !Storming().IsMatch(storming.Match.Value))
        {
            return ordered;
        }
        var end = storming.Match.Index + storming.Match.Length;
        var act = ordered.Where(t => Acts.Contains(t.Class) && t.Match.Index > end && t.Match.Index - end < 70).MinBy(t => t.Match.Index);
        if (act is null)
        {
            return ordered;
        }
        var between = sentence[end..act.Match.Index];
        if (!AndBefore().IsMatch(between) || ClauseBreak().IsMatch(between) || lexicon.Object("base").IsMatch(between))
        {
            return ordered;
        }
        return TriggerOrder.PutFirst(ordered, act);
    }

    [GeneratedRegex(@"^storm(?:ed|ing)$", RegexOptions.IgnoreCase)]
    private static partial Regex Storming();

    [GeneratedRegex(@"\band\s+(?:then\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AndBefore();

    [GeneratedRegex(@"[,;]|\b(?:but|while|after|before|where)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();
}
