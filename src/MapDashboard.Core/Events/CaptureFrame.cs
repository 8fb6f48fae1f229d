using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 23b: "fighters ransacked the offices weeks after the town's capture", "following the town's capture, fighters
/// looted ...", "days after the army's recapture of X, IS shelled the city": a noun of taking a place (grammar kind
/// capture-nominal) right after a frame lead (frame-lead: after, following, since, in the wake of) and determiners or a
/// possessive is the time another event of the sentence is set in, not that event, as "after the fighting" is for battles
/// (TriggerFinder's circumstance) and "after the truce" for agreements. With no other trigger the capture is the report's
/// news and codes ("residents fled after the seizure of X by Y"). A verb ("after the army captured X") is a clause of its
/// own and is not touched.
/// </summary>
internal static class CaptureFrame
{
    private static readonly Regex Pattern = EventLexicon.GrammarRegex(
        l => @"\b" + l.CueGroup("frame-lead") + @"\s+(?:(?:" + l.CueGroup("frame-determiner") + @"|[\w-]+['’]s?)\s+){1,3}?"
            + l.CueGroup("capture-nominal") + @"\b(?![-'’])", RegexOptions.IgnoreCase);

    /// <summary>
    /// The triggers without those inside a capture frame, when another trigger of the sentence is left to code it: "fled after
    /// the seizure of X by Y", with nothing else reported, stays Y's capture (the report's only news).
    /// </summary>
    public static List<SentenceTrigger> Without(List<SentenceTrigger> triggers, string sentence)
    {
        if (triggers.Count < 2)
        {
            return triggers;
        }
        var kept = TriggerOrder.OutsideSpans(triggers, Pattern.Matches(sentence).Select(m => (m.Index, m.Length)).ToList());
        return kept.Count > 0 ? kept : triggers;
    }
}
