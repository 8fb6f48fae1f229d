using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// An event named as the cause of the one reported ("protesting the killing of a doctor by unknown gunmen", "in revenge
/// for the abduction of a commander by IS") is not reported itself (TriggerFinder drops its trigger), and neither are its
/// parties: an actor inside such a phrase, from the cue (cues.tsv kind cause-lead) up to the clause's end, is no actor of the event.
/// </summary>
public static class CausePhrase
{
    /// <summary>
    /// True when <paramref name="actor"/> stands inside a cause phrase: a cause-lead cue, at most a determiner, a trigger of any
    /// rule right after it, and no clause break nor the reported trigger (at <paramref name="triggerStart"/>) between the cue and the actor.
    /// </summary>
    public static bool Holds(string sentence, ActorMention actor, int triggerStart, EventLexicon lexicon)
    {
        var before = sentence[..Math.Min(actor.Start, sentence.Length)];
        foreach (Match cue in lexicon.CauseLead.Matches(before))
        {
            var phrase = cue.Index + cue.Length;
            // ("fighting raged over the weekend between X and Y": "over" names a cause only before an event noun.)
            if ((triggerStart >= cue.Index && triggerStart < actor.Start) || TriggerFrames.HasClauseBreak(before[phrase..])
                || !lexicon.TriggerStartsAt(sentence, phrase))
            {
                continue;
            }
            return true;
        }
        return false;
    }
}
