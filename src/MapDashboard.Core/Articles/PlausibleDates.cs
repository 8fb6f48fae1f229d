namespace MapDashboard.Core.Articles;

/// <summary>
/// The dates an article or an event may carry: from 1900-01-01 to a year after today. A date outside (year 1, 9999)
/// is a typo or an attack and would run date arithmetic past the representable calendar, so it is refused where it is
/// given and ignored where it is read from a text.
/// </summary>
public static class PlausibleDates
{
    /// <summary>The earliest date accepted.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>The latest date accepted on <paramref name="today"/>: a year after it.</summary>
    public static DateOnly Latest(DateOnly today) => today.AddYears(1);

    /// <summary>Whether <paramref name="date"/> lies in the accepted range on <paramref name="today"/> (UTC today when null).</summary>
    public static bool Contains(DateOnly date, DateOnly? today = null) =>
        date >= Earliest && date <= Latest(today ?? DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>Why <paramref name="date"/>, given as <paramref name="name"/>, is refused; null when it is accepted.</summary>
    public static string? Refusal(DateOnly? date, string name, DateOnly? today = null) =>
        date is { } d && !Contains(d, today)
            ? $"{name} must be between {Earliest:yyyy-MM-dd} and {Latest(today ?? DateOnly.FromDateTime(DateTime.UtcNow)):yyyy-MM-dd} (a year after today)"
            : null;
}
