using System.Text.RegularExpressions;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Events;

/// <summary>
/// When an advance word ("advanced into", "pushed into", "made gains in") reports ground gained, which ACLED codes as
/// territory taken by the side advancing: not in the passive ("IS fighters were pushed into the desert" tells where the
/// pushed side went), and not when the destination of "into" is a whole region ("advanced into southern Idlib" is the
/// direction of a front; a province is not taken by one sentence), unless a territory noun names the ground ("advanced
/// into the hills of X"). Also the progressive: an auxiliary before an -ing form ("are advancing", "were shelling") is
/// the active voice, not a passive. The passive with its agent ("advances were made by X") is ground X gained unless a
/// quantifier denies it ("no advances were made by either side").
/// </summary>
internal static partial class AdvanceGround
{
    /// <summary>Whether the advance trigger <paramref name="m"/> names ground gained.</summary>
    public static bool Names(bool passive, Match m, string sentence, IReadOnlyList<ResolvedPlace> places, int sentenceStart, EventLexicon lexicon)
    {
        if (passive)
        {
            return false;
        }
        if (PassiveAgentForm(m.Value))
        {
            // "No advances were made by either side": the passive form with its noun denied reports none.
            var before = sentence[Math.Max(0, m.Index - 20)..m.Index].TrimEnd();
            return !lexicon.Cue("negative-quantifier").Matches(before).Any(c => c.Index + c.Length == before.Length);
        }
        if (!m.Value.EndsWith("into", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var end = m.Index + m.Length;
        var next = places.Where(p => p.Mention.Start - sentenceStart >= end && p.Mention.Start - sentenceStart <= end + 60).MinBy(p => p.Mention.Start);
        return next is null || !(next.Mention.IsRegional || next.Place is { IsArea: true })
            || lexicon.Object("territory").IsMatch(sentence[end..(next.Mention.Start - sentenceStart)]);
    }

    /// <summary>Whether a trigger form ends with its agent's preposition: the passive ("advances were made by") or a circumstance ("amid advances for").</summary>
    public static bool PassiveAgentForm(string trigger) => AgentBy.IsMatch(trigger);

    /// <summary>Whether a trigger is an -ing form (other than "being"): after an auxiliary it is the progressive, active voice.</summary>
    public static bool Progressive(string trigger) => Ing().IsMatch(trigger);

    private static readonly Regex AgentBy = EventLexicon.GrammarRegex(l => @"\s" + l.CueGroup("passive-auxiliary") + @"\s+made\s+by$|^" + l.CueGroup("amid-lead") + @"\s.*\s"
        + l.CueGroup("amid-agent-preposition") + "$", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^(?!being\b)\w+ing\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ing();
}
