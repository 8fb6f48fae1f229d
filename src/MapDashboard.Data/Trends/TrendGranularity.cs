namespace MapDashboard.Data.Trends;

/// <summary>The width of a trends chart's bars.</summary>
public enum TrendGranularity
{
    /// <summary>Weeks starting on Monday.</summary>
    Week,

    /// <summary>Calendar months.</summary>
    Month,
}
