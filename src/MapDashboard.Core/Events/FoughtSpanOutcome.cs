namespace MapDashboard.Core.Events;

/// <summary>
/// Session 28b: "Clashes raged around X for three days. On Friday the army captured the town.", "Fighting went on in Y for a
/// week. The SDF finally took Y on Sunday.": a battle told over a span of days at a point, then a capture of that same point
/// on a day inside the span, by one of the battle's sides (or after a battle that names no side), is the fighting's end:
/// ACLED codes the territorial change where a report ends in one (a territorial change is coded when the text says a side
/// took control), so the capture leads the report: it is put before the battle, whose other side it takes as actor 2. The
/// battle's days stay an event of their own (one event per place and day; only a capture on the battle's own single day is
/// folded into it, <see cref="BattleOutcome"/>'s same-day rule). A capture of another place, on a day outside the span, or by
/// a third side stays after the battle.
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

    /// <summary>Puts <paramref name="capture"/> before the first battle of <paramref name="events"/> (from <paramref name="from"/> on) whose days of fighting it ends; false when there is none.</summary>
    public static bool PutBefore(List<CodedEvent> events, int from, CodedEvent capture)
    {
        // Only a territorial change ends the fighting: a shelling or a base set up on a day inside the span stays after the battle.
        var index = capture.Actor1 is null || capture.SubType is not (EventType.GovernmentRegainsTerritory or EventType.NonStateActorOvertakesTerritory)
            ? -1
            : events.FindIndex(from, e => e.Type == EventType.Battles
            && e.SubType is not (EventType.GovernmentRegainsTerritory or EventType.NonStateActorOvertakesTerritory) && Ends(capture, e));
        if (index < 0)
        {
            return false;
        }
        var battle = events[index];
        events.Insert(index, capture with { Actor2 = capture.Actor2 ?? (battle.Actor1 == capture.Actor1 ? battle.Actor2 : battle.Actor1) });
        return true;
    }
}
