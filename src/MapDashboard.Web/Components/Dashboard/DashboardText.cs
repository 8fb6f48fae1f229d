using System.Globalization;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>How the dashboard writes dates, counts and windows.</summary>
public static class DashboardText
{
    /// <summary>A day as the dashboard shows it: "30 Jan 2017".</summary>
    public static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>An event's corroboration: "2 independent reports, 3 appearances (Global Research; South Front)".</summary>
    public static string Corroboration(Data.Store.EventSummary e) =>
        $"{e.ReportCount} independent report{(e.ReportCount == 1 ? "" : "s")}, {e.AppearanceCount} appearance{(e.AppearanceCount == 1 ? "" : "s")}"
        + (e.Outlets is { Length: > 0 } outlets ? $" ({outlets})" : "");

    /// <summary>A count with thousands separators.</summary>
    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The window as the time bar names it.</summary>
    public static string WindowText(DashboardViewState state)
    {
        var date = state.Date ?? DateOnly.FromDateTime(DateTime.UtcNow);
        return state.Window switch
        {
            TimeWindow.AllToDate => $"everything up to {Format(date)}",
            TimeWindow.Day => Format(date),
            TimeWindow.CalendarMonth => date.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
            TimeWindow.IsoWeek => $"week {System.Globalization.ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue))} of {System.Globalization.ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))}: {Format(state.WindowStart)} – {Format(state.WindowEnd ?? date)}",
            _ => $"{Format(state.WindowStart)} – {Format(date)}",
        };
    }

    /// <summary>A window's name in the window menu.</summary>
    public static string Describe(TimeWindow window) => window switch
    {
        TimeWindow.Day => "day",
        TimeWindow.Week => "week",
        TimeWindow.Month => "month",
        TimeWindow.Year => "year",
        TimeWindow.Range => "range (from – to)",
        TimeWindow.CalendarMonth => "calendar month",
        TimeWindow.IsoWeek => "ISO week (Mon–Sun)",
        _ => "all up to the date",
    };
}
