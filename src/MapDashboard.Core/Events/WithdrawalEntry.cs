using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 23: "the rebels withdrew from X after government forces entered the town", "the troops pulled back from Y as HTS
/// fighters moved into the village": a withdrawal tied by a conjunction (grammar kind entry-lead) to the other side's
/// entry (entry-verb) is told from the loser's side: the withdrawal codes the event (not the entry, whose subject is not
/// the sentence's), its subject lost the place and the side that entered gained it under pressure, so it is a capture of
/// that side (ACLED: the other side's arrival forced the withdrawal), not a non-violent transfer. A withdrawal "without a
/// fight" or under a deal stays a transfer (the no-fight cues win, see EventCoder.NoFight).
/// </summary>
internal static class WithdrawalEntry
{
    private static readonly Regex Pattern = EventLexicon.GrammarRegex(
        l => @"^[^;.]*?\b" + l.CueGroup("entry-lead") + @"\s+(?:[\w'’-]+\s+){1,5}?" + l.CueGroup("entry-verb") + @"\b", RegexOptions.IgnoreCase);

    /// <summary>The withdrawal a later entry by another side explains, or null.</summary>
    public static SentenceTrigger? Find(string sentence, IReadOnlyList<SentenceTrigger> triggers) =>
        triggers.FirstOrDefault(t => t.Class == "withdrawal" && t.Rule.Object != "forced" && Pattern.IsMatch(sentence[(t.Match.Index + t.Match.Length)..]));

    // Session 23b: the entry told first, the leaving after it ("entered X after the rebels withdrew", "moved into Y hours after
    // IS had pulled out") or in a clause opening the sentence ("Once the rebels had withdrawn, the army entered Z").
    private static readonly Regex LeavingAfter = EventLexicon.GrammarRegex(
        l => @"^[^;.]*?\b" + l.CueGroup("entry-lead") + @"\s+(?:[\w'’-]+\s+){1,6}?" + l.CueGroup("leave-verb") + @"\b", RegexOptions.IgnoreCase);

    private static readonly Regex LeavingOpens = EventLexicon.GrammarRegex(
        l => @"^\W*(?:[\w'’-]+\s+){0,2}?" + l.CueGroup("entry-lead") + @"\s+(?:[\w'’-]+\s+){1,6}?" + l.CueGroup("leave-verb") + @"\b[^;.]*,", RegexOptions.IgnoreCase);

    private static readonly Regex EntryVerb = EventLexicon.GrammarRegex(l => "^" + l.CueGroup("entry-verb") + "$", RegexOptions.IgnoreCase);

    /// <summary>
    /// Whether the trigger that codes the sentence is a withdrawal an entry explains (<see cref="Find"/>) or, session 23b, an
    /// entry told before or after the other side's leaving it followed ("the army entered X after the rebels withdrew"): either
    /// way the side that came in took the place under pressure, a capture of its kind, not a non-violent transfer; session 28b: likewise a
    /// capture beside a withdrawal (<see cref="WithdrawalCapture"/>).
    /// </summary>
    public static bool Governs(string sentence, IReadOnlyList<SentenceTrigger> triggers, SentenceTrigger trigger) =>
        Find(sentence, triggers) == trigger || AfterLeaving(sentence, trigger) || WithdrawalCapture.Governs(sentence, triggers, trigger);

    /// <summary>An entry ("entered", "moved into") the other side's leaving explains, told after it or in a clause opening the sentence.</summary>
    public static bool AfterLeaving(string sentence, SentenceTrigger trigger) =>
        trigger.Class == "territory" && EntryVerb.IsMatch(trigger.Match.Value)
        && (LeavingAfter.IsMatch(sentence[(trigger.Match.Index + trigger.Match.Length)..])
            || LeavingOpens.Match(sentence) is { Success: true } opening && opening.Index + opening.Length <= trigger.Match.Index);

    /// <summary>The triggers with such a withdrawal first.</summary>
    public static List<SentenceTrigger> PutFirst(List<SentenceTrigger> ordered, string sentence)
    {
        if (Find(sentence, ordered) is { } withdrawal && ordered[0] != withdrawal)
        {
            TriggerOrder.PutFirst(ordered, withdrawal);
        }
        return ordered;
    }
}
