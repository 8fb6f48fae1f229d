namespace MapDashboard.Core.Events;

/// <summary>
/// "Clashes between X and Y in the eastern countryside of Z. X took control of two villages.": a capture reported right
/// after a battle, by one of that battle's sides, on the same day, where the battle was placed only at a region or at
/// the same place, is that battle's outcome. ACLED codes the pair as one event, the territorial change (precedence:
/// territory over the clash that produced it), so the capture takes the battle's slot and keeps its other side and deaths.
/// A battle at another named point stays its own event.
/// </summary>
internal static class BattleOutcome
{
    /// <summary>Folds into <paramref name="events"/> (from <paramref name="from"/> on: the previous sentence's events) the captures of <paramref name="coded"/> that are a battle's outcome; returns the rest.</summary>
    public static List<CodedEvent> Absorb(List<CodedEvent> events, int from, List<CodedEvent> coded)
    {
        var rest = new List<CodedEvent>();
        foreach (var capture in coded)
        {
            var index = IsTerritory(capture.SubType) && capture.Actor1 is not null
                ? events.FindIndex(from, e => IsOutcomeOf(capture, e))
                : -1;
            if (index < 0)
            {
                // Session 28b: a capture that ends days of fighting at the same point leads the report, before those days' battle (FoughtSpanOutcome).
                if (!FoughtSpanOutcome.PutBefore(events, from, capture))
                {
                    rest.Add(capture);
                }
                continue;
            }
            var battle = events[index];
            var other = battle.Actor1 == capture.Actor1 ? battle.Actor2 : battle.Actor1;
            events[index] = capture with
            {
                Actor2 = capture.Actor2 ?? other,
                Fatalities = capture.Fatalities is null ? battle.Fatalities : battle.Fatalities is null ? capture.Fatalities : Math.Max(capture.Fatalities.Value, battle.Fatalities.Value),
                Confidence = Math.Max(capture.Confidence, battle.Confidence),
            };
        }
        return rest;
    }

    private static bool IsOutcomeOf(CodedEvent capture, CodedEvent battle) =>
        battle.Type == EventType.Battles && !IsTerritory(battle.SubType)
        && battle.When.First == capture.When.First && battle.When.Last == capture.When.Last
        && (battle.Actor1 == capture.Actor1 || battle.Actor2 == capture.Actor1)
        && (battle.Location is null || battle.Location.IsArea || battle.Where.Mention.IsRegional || battle.Precision >= 2
            || battle.Location.Id == capture.Location?.Id);

    private static bool IsTerritory(string subType) => subType is EventType.GovernmentRegainsTerritory or EventType.NonStateActorOvertakesTerritory;
}
