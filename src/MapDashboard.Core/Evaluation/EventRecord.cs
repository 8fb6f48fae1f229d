namespace MapDashboard.Core.Evaluation;

/// <summary>An event as the evaluator compares it, gold or predicted: source, excerpt span, type, place, actors, date, control change.</summary>
/// <param name="Place">The place as the article names it (a gold event may take it from the context).</param>
/// <param name="DateScored">Whether the date is precise enough in the gold to be scored.</param>
/// <param name="ControlTo">The new controller when the event changes control of the place.</param>
public sealed record EventRecord(
    string Source,
    int ExcerptStart,
    int ExcerptEnd,
    string Type,
    string SubType,
    string Place,
    string? Actor1,
    string? Actor2,
    DateOnly? Date,
    bool DateScored,
    string? ControlTo);
