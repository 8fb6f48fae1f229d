namespace MapDashboard.Core.Events;

/// <summary>Reorderings and span filters shared by the rules that decide which of a sentence's triggers codes it.</summary>
internal static class TriggerOrder
{
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
