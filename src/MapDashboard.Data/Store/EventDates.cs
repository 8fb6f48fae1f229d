namespace MapDashboard.Data.Store;

/// <summary>An event's id and dates (yyyy-MM-dd, null when undated): what the dashboard shows of a change of control's report.</summary>
public sealed record EventDates
{
    public long Id { get; init; }

    public string? DateStart { get; init; }

    public string? DateEnd { get; init; }
}
