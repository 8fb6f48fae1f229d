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

    /// <summary>The triggers with such a withdrawal first.</summary>
    public static List<SentenceTrigger> PutFirst(List<SentenceTrigger> ordered, string sentence)
    {
        if (Find(sentence, ordered) is { } withdrawal && ordered[0] != withdrawal)
        {
            ordered.Remove(withdrawal);
            ordered.Insert(0, withdrawal);
        }
        return ordered;
    }
}
