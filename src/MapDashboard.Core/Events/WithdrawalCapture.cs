using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 28b: "the rebels withdrew from X after government forces captured the town", "the army pulled out of Y, which IS
/// militants then seized", "the troops retreated from Z; rebels captured the town the same night": a verb of taking a place
/// by force (grammar kind force-capture) and a withdrawal in the same sentence tell one territorial change, told from both
/// sides. ACLED codes the capture (a territorial change is coded when the text says a side took control; a withdrawal that
/// hands the place to the other side is that side's gain), so the capture codes the sentence, its subject is the gainer,
/// and the withdrawal beside it counts as the fighting that made the capture (not a non-violent transfer). A deal or
/// "without a fight" still makes it a transfer (the no-fight cues win, EventCoder.NoFight); a capture negated in its own
/// clause ("but the army has not yet captured the town") does not take over the withdrawal; an entry ("entered") is
/// WithdrawalEntry's.
/// </summary>
internal static class WithdrawalCapture
{
    private static readonly Regex ForceCapture = EventLexicon.GrammarRegex(l => "^(?:" + l.CueGroup("force-capture") + ")$", RegexOptions.IgnoreCase);

    private static readonly Regex Negation = EventLexicon.GrammarRegex(l => @"\b(?:" + l.CueGroup("negation") + @")\b[^,;]*$", RegexOptions.IgnoreCase);

    private static readonly Regex Withdrawal = EventLexicon.GrammarRegex(l => @"\b(?:" + l.CueGroup("withdrawal-only") + @")\b", RegexOptions.IgnoreCase);

    private static readonly Regex Leaving = EventLexicon.GrammarRegex(l => @"\b(?:" + l.CueGroup("leave-verb") + @")\b", RegexOptions.IgnoreCase);

    private static readonly Regex ClauseLead = EventLexicon.GrammarRegex(l => @"(?:\b(?:" + l.CueGroup("entry-lead") + @"|which|then)\b|;)", RegexOptions.IgnoreCase);

    /// <summary>The sentence's force-capture trigger that a withdrawal of the same sentence (a withdrawal trigger or word) stands beside, or null.</summary>
    // (Most sentences have no territory trigger: then there is none, and the withdrawal words need not be sought.)
    public static SentenceTrigger? Find(string sentence, IReadOnlyList<SentenceTrigger> triggers) =>
        !triggers.Any(t => t.Class == "territory") || (!triggers.Any(t => t.Class == "withdrawal") && !Withdrawal.IsMatch(sentence)) ? null
            : triggers.FirstOrDefault(t => t.Class == "territory" && ForceCapture.IsMatch(t.Match.Value)
                && !Negation.IsMatch(sentence.AsSpan(0, t.Match.Index)));

    /// <summary>The triggers with such a capture first.</summary>
    public static List<SentenceTrigger> PutFirst(List<SentenceTrigger> ordered, string sentence)
    {
        if (Find(sentence, ordered) is { } capture && ordered[0] != capture)
        {
            TriggerOrder.PutFirst(ordered, capture);
        }
        return ordered;
    }

    /// <summary>Whether <paramref name="trigger"/> is such a capture: the withdrawal beside it is the fighting it ended.</summary>
    public static bool Governs(string sentence, IReadOnlyList<SentenceTrigger> triggers, SentenceTrigger trigger) =>
        Find(sentence, triggers) == trigger;

    /// <summary>
    /// The roles of a force-capture told after the other side's leaving and a clause lead ("X withdrew from Z after Y captured
    /// the town", "X fled Z as Y seized it", "X pulled out of Z; Y captured it"): the capture's own subject, the last actor
    /// between the lead and the verb, took the place (actor 1) and the side that left, the sentence's subject, lost it (actor
    /// 2). Only when the two are of different sides; other triggers are left as they are.
    /// </summary>
    public static (ActorMention? Actor1, ActorMention? Actor2) Roles(string sentence, SentenceTrigger trigger, ActorMention? actor1, ActorMention? actor2,
        List<ActorMention> found, Func<ActorMention, string> side)
    {
        var start = trigger.Match.Index;
        if (trigger.Class != "territory" || trigger.Passive || actor1 is null || actor1.End > start || !ForceCapture.IsMatch(trigger.Match.Value)
            || Leaving.Match(sentence, actor1.End) is not { Success: true } leaving || leaving.Index >= start)
        {
            return (actor1, actor2);
        }
        var lead = ClauseLead.Matches(sentence[..start]).LastOrDefault(m => m.Index >= leaving.Index + leaving.Length);
        var subject = lead is null ? null : found.LastOrDefault(a => a.Start >= lead.Index + lead.Length && a.End <= start);
        return subject is null || side(subject) == side(actor1) ? (actor1, actor2) : (subject, actor1);
    }
}
