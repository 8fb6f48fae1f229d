using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>Reorderings and span filters shared by the rules that decide which of a sentence's triggers codes it.</summary>
internal static class TriggerOrder
{
    /// <summary>
    /// The sentence's triggers after the rules that add or reorder them, in the order they apply: an armed side's
    /// movement into a place, people held captive, a place left under a deal, a withdrawal's entry and a coordinated
    /// storming put first, a planted bomb added, a bomb seized put first and a building made into a base, a gathering with a demand and the protesters named as an actor added (session 25), then triggers of past
    /// relative clauses dropped; session 26: agreements denied or failed and the bare bursts of a grenade dropped, a planted bomb
    /// alone with its harm and a passive base added; session 27: the triggers inside a group's new name and "riot" before a unit ("riot police") dropped, a gathering broken up added, a suicide attacker stopped before the act
    /// put first, a joint patrol with words inside added; session 28b: a capture beside a withdrawal put first; and the triggers of class "other" (a joint patrol) put last.
    /// </summary>
    public static List<SentenceTrigger> Arrange(List<SentenceTrigger> found, string sentence, IReadOnlyList<ActorMention> actors,
        DateOnly? published, EventLexicon lexicon)
    {
        var triggers = FailedAgreement.Without(found, sentence);
        triggers = GrenadeBurst.Without(triggers);
        triggers = GroupName.Without(triggers, sentence);
        triggers = RiotUnit.Without(triggers, sentence);
        triggers = MovementEntry.Armed(triggers, sentence, actors);
        triggers = HeldCaptive.Add(triggers, sentence, lexicon);
        triggers = LeftUnderDeal.Add(triggers, sentence, lexicon);
        triggers = WithdrawalEntry.PutFirst(triggers, sentence);
        triggers = WithdrawalCapture.PutFirst(triggers, sentence);
        triggers = StormingCoordinated.PutFirst(triggers, sentence, lexicon);
        triggers = PlantedDevice.Add(triggers, sentence);
        triggers = PlantedDeviceAlone.Add(triggers, sentence, lexicon);
        triggers = SeizedDevice.PutFirst(triggers, sentence);
        triggers = ConvertedBase.Add(triggers, sentence);
        triggers = PassiveBase.Add(triggers, sentence, lexicon);
        triggers = ProtestGathering.Add(triggers, sentence);
        triggers = ProtesterMention.Add(triggers, sentence, actors, () => EventRefinements.PastSpans(sentence, published, lexicon));
        triggers = ProtestDispersal.Add(triggers, sentence);
        triggers = BomberStopped.PutFirst(triggers, sentence);
        triggers = JointPatrol.Add(triggers, sentence);
        triggers = OtherLast(triggers);
        return EventRefinements.WithoutPastRelatives(triggers, sentence, published, lexicon);
    }

    /// <summary>The triggers with those of class "other" last (ACLED's Other: coded only when nothing else is).</summary>
    private static List<SentenceTrigger> OtherLast(List<SentenceTrigger> triggers) =>
        triggers.Count < 2 || !triggers.Any(t => t.Class == "other") ? triggers : [.. triggers.Where(t => t.Class != "other"), .. triggers.Where(t => t.Class == "other")];

    /// <summary>Moves <paramref name="trigger"/> to the front of <paramref name="ordered"/> (the trigger that codes the sentence).</summary>
    public static List<SentenceTrigger> PutFirst(List<SentenceTrigger> ordered, SentenceTrigger trigger)
    {
        ordered.Remove(trigger);
        ordered.Insert(0, trigger);
        return ordered;
    }

    /// <summary>The triggers that start outside every span (index, length) of the sentence.</summary>
    public static List<SentenceTrigger> OutsideSpans(List<SentenceTrigger> triggers, List<(int Index, int Length)> spans) =>
        spans.Count == 0 ? triggers : triggers.Where(t => !spans.Any(s => t.Match.Index >= s.Index && t.Match.Index < s.Index + s.Length)).ToList();
}
