using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 25: "a mine planted by HTS fighters killed three soldiers", "a bomb laid by the Islamic State killed four workers",
/// "militants are thought to have planted the bomb that killed three people": a bare noun of a bomb or mine (grammar kind
/// device-noun) with a verb or participle of planting (kind planting-verb) right before it (two words at most between, as
/// "planted a bomb", "laid two mines") or right after it ("a mine planted by", "the bomb that X had hidden", four words at
/// most between) is a planted explosive (ACLED: Remote explosive/landmine/IED), which the explosive triggers of triggers.tsv
/// name only with a word of kind or blast ("roadside bomb", "landmine", "bomb exploded"). Added so the device wins over the
/// killing it caused by ACLED's precedence (remote violence over one-sided violence); the planter after "by" is actor 1. A
/// sentence that already has an explosive trigger is left as it is; "planted olive trees" and "a mine" with no planting are
/// not this.
/// </summary>
internal static class PlantedDevice
{
    internal static readonly Regex Pattern = EventLexicon.GrammarRegex(
        l => @"\b(?:" + l.CueGroup("planting-verb") + @")\s+(?:[\w'’-]+\s+){0,2}?(?<device>" + l.CueGroup("device-noun") + @")\b"
            + @"|\b(?<device>" + l.CueGroup("device-noun") + @")\s+(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + l.CueGroup("planting-verb") + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Every match holds a device noun as whole words (after whitespace or a word boundary, before a word boundary; the
    // words of a form are joined by whitespace), so the last word of one of them as a whole word: most sentences name no
    // bomb or mine, and "determined", "bombing", "charged" are not one.
    internal static readonly WholeWordGuard Guard = new(EventLexicon.LoadDefault().CueForms("device-noun").Select(f => f.Split(' ')[^1]));

    internal static readonly Regex Device = EventLexicon.GrammarRegex(l => @"\G(?:" + l.CueGroup("device-noun") + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // The classes a planted explosive wins over by ACLED's precedence (TriggerFinder's order after "explosive"; a disruption
    // put first, "defused a bomb planted by X", keeps its place).
    private static readonly string[] Lower = ["grenade", "riot", "sexual", "attack", "abduction", "arrest", "assault", "protest", "looting", "base", "agreement", "group"];

    internal static readonly TriggerRule Rule = new("explosive", null, Device, "ACLED codebook (Remote explosive/landmine/IED), session 25 (a bomb or mine planted, PlantedDevice)", ["bomb", "mine"]);

    /// <summary>The triggers with the planted device added, when the sentence has no explosive trigger yet.</summary>
    public static List<SentenceTrigger> Add(List<SentenceTrigger> triggers, string sentence)
    {
        if (triggers.Count == 0 || triggers.Any(t => t.Class == "explosive") || !Guard.MayMatch(sentence)
            || Pattern.Match(sentence) is not { Success: true } m)
        {
            return triggers;
        }
        var added = new SentenceTrigger(Rule, Device.Match(sentence, m.Groups["device"].Index), false);
        var result = triggers.ToList();
        var at = result.FindIndex(t => Lower.Contains(t.Class));
        result.Insert(at < 0 ? result.Count : at, added);
        return result;
    }
}
