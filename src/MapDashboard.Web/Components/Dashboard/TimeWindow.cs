namespace MapDashboard.Web.Components.Dashboard;

/// <summary>How much time before the slider's date the map shows.</summary>
public enum TimeWindow
{
    Day,
    Week,
    Month,
    Year,
    AllToDate,

    /// <summary>From a chosen start date to the slider's date.</summary>
    Range,
}
