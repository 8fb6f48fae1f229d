using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// "a former rebel", "an ex-ISIS member", "a retired army colonel": an actor named as the group one person used to belong to
/// describes the victim, who is a civilian (ACLED codes violence against former fighters as violence against civilians);
/// the group is not a party to the event. The words are cues.tsv's kind past-affiliation.
/// </summary>
public static class PastAffiliation
{
    /// <summary>True when the actor mention starting at <paramref name="start"/> follows a past-affiliation word (at most one word between).</summary>
    public static bool Before(string sentence, int start, EventLexicon lexicon)
    {
        return TriggerFrames.CueRightBefore(sentence[Math.Max(0, start - 40)..start], lexicon.Cue("past-affiliation"));
    }

    /// <summary>
    /// True when the actor mention starting at <paramref name="start"/> is what a relative clause says a force's members once
    /// were (cues.tsv kind members-once, at most one word between: "army units, many of whom were former FSA fighters took
    /// X"): without its closing comma the clause would otherwise pass for the capture's own subject.
    /// </summary>
    public static bool OfMembers(string sentence, int start, EventLexicon lexicon) =>
        TriggerFrames.CueRightBefore(sentence[Math.Max(0, start - 50)..start], lexicon.Cue("members-once"));

    /// <summary>
    /// True when the victim of the verb at [<paramref name="start"/>, <paramref name="end"/>) is named by a past affiliation:
    /// after an active verb in its clause ("shot dead a former rebel"), before a passive one ("a former rebel was shot").
    /// </summary>
    public static bool Victim(string sentence, int start, int end, bool passive, IReadOnlyList<ActorMention> actors, EventLexicon lexicon) =>
        actors.Any(a => (passive ? a.End <= start && start - a.End < 40 && !TriggerFrames.HasClauseBreak(sentence[a.End..start])
                                 : a.Start >= end && a.Start - end < 45 && !TriggerFrames.HasClauseBreak(sentence[end..a.Start]))
                        && Before(sentence, a.Start, lexicon));
}
