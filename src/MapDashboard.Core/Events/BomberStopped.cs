using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 27: "a suicide bomber was shot by guards before he could blow himself up", "police arrested a man wearing an explosive
/// belt before he could reach the market", "troops killed two attackers in explosive vests before they could detonate them": a
/// suicide attacker or his belt (trigger class suicide) followed in the same sentence by an attacker stopped before the act
/// (grammar kind stopped-before) is an attack prevented, ACLED's Disrupted weapons use, not the suicide bomb. The disruption
/// trigger is put first at the words that tell it (so the modal "could" after it names no plan). "A suicide bomber blew
/// himself up before police could reach him" (no attacker stopped: "police", not "he") is not this.
/// </summary>
internal static class BomberStopped
{
    private static readonly Regex Pattern = EventLexicon.GrammarRegex(@"\b", "stopped-before", @"\b");

    private static readonly TriggerRule Rule = new("disrupted", null, Pattern, "ACLED codebook (Disrupted weapons use), session 27 (a suicide attacker stopped before the act, BomberStopped)", ["before he could"]);

    /// <summary>The triggers with the attack prevented first, when a suicide trigger comes before such words.</summary>
    public static List<SentenceTrigger> PutFirst(List<SentenceTrigger> triggers, string sentence)
    {
        // (A cheap check first: most sentences have no suicide trigger and no "before".)
        if (!sentence.Contains("before", StringComparison.OrdinalIgnoreCase) || triggers.FirstOrDefault(t => t.Class == "suicide") is not { } suicide
            || Pattern.Match(sentence, suicide.Match.Index + suicide.Match.Length) is not { Success: true } m)
        {
            return triggers;
        }
        return [new SentenceTrigger(Rule, m, false), .. triggers];
    }
}
