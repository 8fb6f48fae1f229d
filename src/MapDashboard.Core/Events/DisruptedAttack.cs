using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// A disruption governs the weapon or the remote attack it names (ACLED codebook, Disrupted weapons use: an event of
/// explosions or remote violence prevented, an explosive defused or intercepted): "defused a landmine", "shot down a
/// drone", "foiled a suicide attack" with the weapon right after the verb; and, session 23, the passive with the attack
/// named before it: "a planned bombing of the market was foiled", "a car bomb attack on the station was thwarted by
/// police". A ground attack foiled ("thwarted an assault on a checkpoint") is left to the battle rules: ACLED codes an
/// attack stopped by fighting as an armed clash.
/// </summary>
internal static partial class DisruptedAttack
{
    private static readonly string[] Weapons = ["explosive", "air", "shelling", "strike", "suicide", "chemical", "grenade"];

    /// <summary>The triggers with the disruption first when it governs a weapon or a remote attack of the sentence.</summary>
    public static void PutFirst(List<SentenceTrigger> ordered, string sentence)
    {
        if (ordered.FirstOrDefault(t => t.Class == "disrupted") is not { } disrupted)
        {
            return;
        }
        var end = disrupted.Match.Index + disrupted.Match.Length;
        var governed = ordered.Any(t => Weapons.Contains(t.Class) && t.Match.Index > disrupted.Match.Index
                && (t.Match.Index - disrupted.Match.Index < 30 || t.Match.Index - end < 70 && Carrier.IsMatch(sentence[end..t.Match.Index])))
            || (disrupted.Passive && ordered.Any(t => Weapons.Contains(t.Class) && t.Match.Index < disrupted.Match.Index
                && disrupted.Match.Index - (t.Match.Index + t.Match.Length) < 40 && !ClauseBreak().IsMatch(sentence[(t.Match.Index + t.Match.Length)..disrupted.Match.Index])));
        if (governed)
        {
            TriggerOrder.PutFirst(ordered, disrupted);
        }
    }

    // Session 24b: "intercepted a truck loaded with rockets", "stopped a van packed with explosives": a carrier between the
    // verb and the weapon (grammar kind carrier-participle), the disruption still governs the weapon.
    private static readonly Regex Carrier = EventLexicon.GrammarRegex(
        l => @"\A\s+(?:[\w'’-]+\s+){1,3}(?:" + l.CueGroup("carrier-participle") + @")\s+(?:[\w'’-]+\s+){0,2}\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    [GeneratedRegex(@"[,;]|\b(?:and|but|while)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();
}
