namespace MapDashboard.Core.Evaluation;

/// <summary>
/// Scores coded events against hand-coded gold. An event matches when it comes from the same article, its excerpt
/// overlaps the gold one, its ACLED type is the same and it is at the same place (as the article names it). Among
/// matches, sub-types, first actors and scored dates are checked; control changes match on place and new controller.
/// </summary>
public static class EventEvaluator
{
    /// <summary>Scores predictions against gold; actor ids compare through <paramref name="canonical"/> (lineage, units).</summary>
    public static EventScores Score(IReadOnlyList<EventRecord> gold, IReadOnlyList<EventRecord> predicted, Func<string, string> canonical)
    {
        var unmatched = predicted.ToList();
        int matched = 0, subTypes = 0, actors = 0, datesScored = 0, datesCorrect = 0;
        foreach (var g in gold)
        {
            var p = unmatched.FirstOrDefault(p => SameReport(g, p) && p.Type == g.Type && SamePlace(g, p))
                ?? unmatched.FirstOrDefault(p => SameReport(g, p) && SamePlace(g, p));
            if (p is null || p.Type != g.Type)
            {
                continue;
            }
            unmatched.Remove(p);
            matched++;
            if (p.SubType == g.SubType)
            {
                subTypes++;
            }
            if (g.Actor1 is not null && p.Actor1 is not null && canonical(g.Actor1) == canonical(p.Actor1))
            {
                actors++;
            }
            if (g.DateScored)
            {
                datesScored++;
                if (p.Date == g.Date)
                {
                    datesCorrect++;
                }
            }
        }

        var goldControl = gold.Where(g => g.ControlTo is not null).ToList();
        var predictedControl = predicted.Where(p => p.ControlTo is not null).ToList();
        var controlMatched = goldControl.Count(g => predictedControl.Any(p => SameReport(g, p) && SamePlace(g, p) && canonical(p.ControlTo!) == canonical(g.ControlTo!)));
        return new EventScores(gold.Count, predicted.Count, matched, subTypes, actors, goldControl.Count, predictedControl.Count, controlMatched, datesScored, datesCorrect);
    }

    private static bool SameReport(EventRecord g, EventRecord p) =>
        g.Source == p.Source && p.ExcerptStart < g.ExcerptEnd && g.ExcerptStart < p.ExcerptEnd;

    private static bool SamePlace(EventRecord g, EventRecord p) =>
        string.Equals(g.Place, p.Place, StringComparison.OrdinalIgnoreCase)
        || p.Place.StartsWith(g.Place + " ", StringComparison.OrdinalIgnoreCase);
}
