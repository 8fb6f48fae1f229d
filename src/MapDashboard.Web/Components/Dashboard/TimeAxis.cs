using System.Globalization;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>One labelled mark on the time axis: its date, where it sits (percent of the slider's track) and whether it starts a year.</summary>
public sealed record TimeTick(DateOnly Date, double Percent, string Label, bool Year);

/// <summary>
/// The ticks under the time slider and histogram: the first of every year; and, when the span is short enough for
/// months to be told apart (two years or less), the first of every month (labelled with its short name, or every third
/// one's when the span is over a year).
/// </summary>
public static class TimeAxis
{
    /// <summary>The longest span, in months, whose months get ticks.</summary>
    public const int MonthlyUpTo = 24;

    /// <summary>The ticks between <paramref name="first"/> and <paramref name="last"/>.</summary>
    public static IReadOnlyList<TimeTick> Ticks(DateOnly first, DateOnly last)
    {
        var days = last.DayNumber - first.DayNumber;
        if (days <= 0)
        {
            return [];
        }
        var months = (last.Year - first.Year) * 12 + last.Month - first.Month;
        var monthly = months <= MonthlyUpTo;
        var ticks = new List<TimeTick>();
        for (var d = new DateOnly(first.Year, first.Month, 1); d <= last; d = d.AddMonths(1))
        {
            if (d < first || (d.Month != 1 && !monthly))
            {
                continue;
            }
            var year = d.Month == 1;
            var label = year ? d.Year.ToString(CultureInfo.InvariantCulture)
                : months <= 12 || (d.Month - 1) % 3 == 0 ? d.ToString("MMM", CultureInfo.InvariantCulture) : "";
            ticks.Add(new TimeTick(d, Math.Round((d.DayNumber - first.DayNumber) * 100.0 / days, 3), label, year));
        }
        return ticks;
    }

    /// <summary>A date as the slider's accessible value reads it: "30 January 2017".</summary>
    public static string Spoken(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
