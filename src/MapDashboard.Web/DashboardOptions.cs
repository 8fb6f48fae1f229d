namespace MapDashboard.Web;

/// <summary>Where the dashboard reads its data; bound from the "MapDashboard" configuration section.</summary>
public sealed class DashboardOptions
{
    /// <summary>The event store (default: data/mapdashboard.db in the checkout).</summary>
    public string? EventDatabase { get; set; }
}
