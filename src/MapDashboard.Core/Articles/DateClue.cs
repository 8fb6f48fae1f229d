namespace MapDashboard.Core.Articles;

/// <summary>
/// One clue to an article's publication date: its kind, the words it was read from, where they stand in the original
/// text (-1 for clues passed in or read from the file name), and the date it gives. A clue without a written year keeps
/// its month and day (and weekday) for the resolver to place; a refused clue (a render stamp) has no date.
/// </summary>
/// <param name="Ambiguous">A numeric date readable both day-first and month-first ("03/04/2017"); read day-first.</param>
public sealed record DateClue(
    DateClueKind Kind,
    string Text,
    int Position,
    DateOnly? Date,
    DatePrecision? Precision,
    int? Month = null,
    int? Day = null,
    DayOfWeek? Weekday = null,
    bool Ambiguous = false)
{
    /// <summary>Whether the clue names a day and month but no year.</summary>
    public bool LacksYear => Date is null && Month is not null && Day is not null;

    /// <summary>The last day the clue's period covers (its date for a day, the month's or year's end otherwise).</summary>
    public DateOnly? End => Date is not { } d ? null : Precision switch
    {
        DatePrecision.Month => d.AddMonths(1).AddDays(-1),
        DatePrecision.Year => new DateOnly(d.Year, 12, 31),
        _ => d,
    };
}
