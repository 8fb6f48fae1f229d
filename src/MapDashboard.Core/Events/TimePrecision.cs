namespace MapDashboard.Core.Events;

/// <summary>How precisely an event's time is known.</summary>
public enum TimePrecision
{
    Day,
    Week,
    Month,
    Year,

    /// <summary>Between two days ("On June 14 and June 15", "last weekend").</summary>
    Range,

    /// <summary>No date can be given (an undated article, or "few days later").</summary>
    Unknown,
}
