using System.Globalization;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>How the dashboard writes dates, counts and windows.</summary>
public static class DashboardText
{
    /// <summary>A day as the dashboard shows it: "30 Jan 2017".</summary>
    public static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// An event's date or span as every part of the dashboard shows it (popup, list, changed hands, article view):
    /// "30 Jan 2017", "27 – 29 Jan 2017", "30 Jan – 2 Feb 2017", "28 Dec 2016 – 3 Jan 2017", or "undated". Stored
    /// dates are yyyy-MM-dd; anything else is shown as stored rather than guessed at.
    /// </summary>
    public static string EventDate(string? start, string? end)
    {
        if (string.IsNullOrEmpty(start))
        {
            return "undated";
        }
        if (!TryParse(start, out var first))
        {
            return end is null || end == start ? start : $"{start} – {end}";
        }
        if (string.IsNullOrEmpty(end) || !TryParse(end, out var last) || last <= first)
        {
            return Format(first);
        }
        return EventDate(first, last);
    }

    /// <summary>A span of days as <see cref="EventDate(string?, string?)"/> writes it (one day when both ends are the same).</summary>
    public static string EventDate(DateOnly first, DateOnly last) =>
        last <= first ? Format(first)
        : first.Year != last.Year ? $"{Format(first)} – {Format(last)}"
        : first.Month != last.Month ? $"{first.ToString("d MMM", CultureInfo.InvariantCulture)} – {Format(last)}"
        : $"{first.Day} – {Format(last)}";

    private static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

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
