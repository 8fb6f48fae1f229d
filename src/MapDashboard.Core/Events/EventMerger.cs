namespace MapDashboard.Core.Events;

/// <summary>
/// One event per place and day, as ACLED codes them: events of one article at the same place and dates, of the same
/// family (battles with remote violence, since a clash "amid shelling" is one battle; the other types each on their
/// own) and by the same first actor (or an unnamed one), at a point rather than a region,, become one event with the sub-type of highest precedence (territory over clash over shelling ...), the first
/// excerpt, and the actors, control change and fatalities any of them carried. A report repeated in one article
/// (headline and body) merges the same way.
/// </summary>
public static class EventMerger
{
    /// <summary>The merged events, in the order of their first report.</summary>
    public static List<CodedEvent> Merge(List<CodedEvent> events, EventLexicon lexicon)
    {
        var merged = new List<CodedEvent>();
        foreach (var e in events)
        {
            var index = merged.FindIndex(m => SamePlace(m, e) && m.When.First == e.When.First && m.When.Last == e.When.Last && Family(m.Type) == Family(e.Type)
                && (Compatible(m.Actor1, e.Actor1) || TakenByTheOpponent(m, e) || TakenByTheOpponent(e, m)) && m.Location is not { IsArea: true }
                && !Regional(m) && !Regional(e));
            if (index < 0)
            {
                merged.Add(e);
                continue;
            }
            var kept = merged[index];
            var (winner, other) = Rank(e, lexicon) < Rank(kept, lexicon) ? (e, kept) : (kept, e);
            merged[index] = winner with
            {
                Excerpt = kept.Excerpt,
                ExcerptStart = kept.ExcerptStart,
                ExcerptEnd = kept.ExcerptEnd,
                Actor1 = winner.Actor1 ?? other.Actor1,
                Actor2 = winner.Actor2 ?? (other.Actor1 != (winner.Actor1 ?? other.Actor1) ? other.Actor1 : other.Actor2),
                ControlChange = winner.ControlChange ?? (IsTerritory(winner.SubType) ? other.ControlChange : null),
                Fatalities = Max(winner.Fatalities, other.Fatalities),
                Confidence = Math.Max(winner.Confidence, other.Confidence),
                ClaimedBy = winner.ClaimedBy ?? other.ClaimedBy,
            };
        }
        return merged;
    }

    /// <summary>An event in a region drawn at its seat ("the Idlib countryside" at Idlib) is not an event in the seat itself.</summary>
    private static bool Regional(CodedEvent e) => e.Where.Place is { IsArea: true };

    private static int Rank(CodedEvent e, EventLexicon lexicon) => lexicon.Taxonomy.TryGetValue(e.SubType, out var t) ? t.Precedence : int.MaxValue;

    private static bool IsTerritory(string subType) => subType is EventType.GovernmentRegainsTerritory or EventType.NonStateActorOvertakesTerritory;

    private static string Family(string type) => type is EventType.Battles or EventType.RemoteViolence ? "armed" : type;

    private static bool SamePlace(CodedEvent a, CodedEvent b) =>
        a.Location is { } la && b.Location is { } lb ? la.Id == lb.Id && a.PlaceName == b.PlaceName
            : string.Equals(a.Where.OriginalText, b.Where.OriginalText, StringComparison.OrdinalIgnoreCase);

    /// <summary>Different first actors are different events (an army's clash and an air force's strike at one village).</summary>
    private static bool Compatible(string? a, string? b) => a is null || b is null || a == b;

    /// <summary>"Clashes between X and Y at Z. Y took the village.": a capture by the battle's second actor is that battle's outcome.</summary>
    private static bool TakenByTheOpponent(CodedEvent capture, CodedEvent battle) =>
        IsTerritory(capture.SubType) && battle.Type == EventType.Battles && !IsTerritory(battle.SubType) && capture.Actor1 is not null && capture.Actor1 == battle.Actor2;

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
