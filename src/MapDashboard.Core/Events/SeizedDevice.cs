using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 25: "police seized a car packed with explosives", "SDF fighters stopped a booby-trapped motorcycle", "a van rigged
/// with explosives was intercepted at a checkpoint": a verb of taking, stopping or finding (grammar kind device-seizure-verb)
/// whose direct object is a bomb or a vehicle made into one (an explosive trigger, a few words after the verb with no
/// preposition between, grammar kind device-gap-stop), or the passive of such a verb right after it, is the bomb prevented
/// from going off: ACLED's Disrupted weapons use, not the explosion, nor a capture of ground or an abduction ("seized").
/// "IS seized the town with car bombs" (a preposition before the bomb) and "a car bomb exploded as police stopped it" (no
/// passive right after the bomb) are not this.
/// </summary>
internal static class SeizedDevice
{
    private static readonly Regex Active = EventLexicon.GrammarRegex(
        l => @"\b(?<verb>" + l.CueGroup("device-seizure-verb") + @")\s+(?:(?!" + l.CueGroup("device-gap-stop") + @"\b)[\w'’-]+\s+){0,3}\z",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Passive = EventLexicon.GrammarRegex(
        l => @"\G\s+(?:(?!" + l.CueGroup("device-gap-stop") + @"\b)[\w'’-]+\s+){0,2}?" + l.CueGroup("passive") + @"\s+(?:\w+ly\s+)?(?<verb>" + l.CueGroup("device-seizure-verb") + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Verb = EventLexicon.GrammarRegex(l => @"\G" + l.CueGroup("device-seizure-verb"), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly TriggerRule Rule = new("disrupted", null, Verb, "ACLED codebook (Disrupted weapons use), session 25 (a bomb or a vehicle made into one seized or stopped, SeizedDevice)", ["seized", "stopped"]);

    /// <summary>The triggers with the seizure of a bomb put first, when a seizure verb governs one of the sentence's explosive triggers.</summary>
    public static List<SentenceTrigger> PutFirst(List<SentenceTrigger> triggers, string sentence)
    {
        // (A cheap check first: most sentences name no explosive device.)
        if (!triggers.Any(t => t.Class == "explosive"))
        {
            return triggers;
        }
        foreach (var device in triggers.Where(t => t.Class == "explosive"))
        {
            var head = sentence[Math.Max(0, device.Match.Index - 50)..device.Match.Index];
            if (Active.Match(head) is { Success: true } active)
            {
                var at = device.Match.Index - head.Length + active.Groups["verb"].Index;
                return TriggerOrder.PutFirst([.. triggers], new SentenceTrigger(Rule, Verb.Match(sentence, at), false));
            }
            if (Passive.Match(sentence, device.Match.Index + device.Match.Length) is { Success: true } passive)
            {
                return TriggerOrder.PutFirst([.. triggers], new SentenceTrigger(Rule, Verb.Match(sentence, passive.Groups["verb"].Index), true));
            }
        }
        return triggers;
    }
}
