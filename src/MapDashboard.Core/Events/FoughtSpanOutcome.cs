namespace MapDashboard.Core.Events;

/// <summary>
/// Session 28b: "Clashes raged around X for three days. On Friday the army captured the town.", "Fighting went on in Y for a
/// week. The SDF finally took Y on Sunday.": a battle told over a span of days at a point, then a capture of that same point
/// on a day inside the span, by one of the battle's sides (or after a battle that names no side), is the fighting's end:
/// ACLED codes the territorial change where a report ends in one (a territorial change is coded when the text says a side
/// took control; the fighting that led to it is its cause), so the capture takes the battle's slot (<see cref="BattleOutcome"/>).
/// A capture of another place, on a day outside the span, or by a third side stays its own event; a one-day battle is
/// <see cref="BattleOutcome"/>'s same-day rule.
/// </summary>
internal static class FoughtSpanOutcome
{
    /// <summary>Whether <paramref name="capture"/> (a territorial change) ends the days of fighting <paramref name="battle"/> tells.</summary>
    public static bool Ends(CodedEvent capture, CodedEvent battle) =>
        battle.When.First < battle.When.Last
        && capture.When.First == capture.When.Last
        && capture.When.First >= battle.When.First && capture.When.First <= battle.When.Last
        && battle.Location is { IsArea: false } point && !battle.Where.Mention.IsRegional && point.Id == capture.Location?.Id
        && (battle.Actor1 is null && battle.Actor2 is null || battle.Actor1 == capture.Actor1 || battle.Actor2 == capture.Actor1);
}
