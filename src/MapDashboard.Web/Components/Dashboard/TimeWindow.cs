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

    /// <summary>The calendar month of the slider's date, its first to its last day.</summary>
    CalendarMonth,

    /// <summary>The ISO week (Monday to Sunday) of the slider's date.</summary>
    IsoWeek,
}
