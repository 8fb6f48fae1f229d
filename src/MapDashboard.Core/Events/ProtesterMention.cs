using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 25: "police used tear gas to disperse protesters in X", "security forces broke up demonstrators outside the
/// court", "police detained protesters in Y": the protesters named as an actor (catalogue faction protesters: "protesters",
/// "demonstrators") are themselves the word of a demonstration, which the protest words of triggers.tsv lose because a word
/// inside an actor's name is no trigger. When the sentence has no protest trigger, the mention is added as one, last, so any
/// other trigger codes the sentence first and the protest rules decide its sub-type (an intervention cue: Protest with
/// intervention; lethal force: Excessive force). A sentence that names no protesters is not this.
/// </summary>
internal static partial class ProtesterMention
{
    private static readonly TriggerRule Rule = new("protest", null, FirstWord(), "ACLED codebook (Protests), session 25 (the protesters named as an actor, ProtesterMention)", ["protesters", "demonstrators"]);

    /// <summary>
    /// The triggers with the first protesters mention added last, when the sentence has no protest trigger yet; a protest
    /// word inside a history clause (<paramref name="historySpans"/>, asked only then) is not the report's protest.
    /// </summary>
    public static List<SentenceTrigger> Add(List<SentenceTrigger> triggers, string sentence, IReadOnlyList<ActorMention> actors, Func<List<(int Index, int Length)>> historySpans)
    {
        if (actors.FirstOrDefault(a => a.Faction.Id == "protesters" && a.End > a.Start) is not { } mention
            || (triggers.Any(t => t.Class == "protest") && TriggerOrder.OutsideSpans(triggers, historySpans()).Any(t => t.Class == "protest")))
        {
            return triggers;
        }
        return [.. triggers, new SentenceTrigger(Rule, FirstWord().Match(sentence, mention.Start), false)];
    }

    [GeneratedRegex(@"\G[\w'’-]+")]
    private static partial Regex FirstWord();
}
