namespace MapDashboard.Data.Trends;

/// <summary>How many events of one type fall in one period (by their first day, clamped to the window's start).</summary>
public sealed record TrendCount(DateOnly PeriodStart, string Type, long Count);
