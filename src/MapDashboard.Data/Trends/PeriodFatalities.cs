namespace MapDashboard.Data.Trends;

/// <summary>The fatalities the events of one period state (each event's cited sentence, as the CSV export's fatalities column reads it).</summary>
public sealed record PeriodFatalities(DateOnly PeriodStart, long Fatalities);
