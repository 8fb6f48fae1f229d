namespace MapDashboard.Core.Events;

/// <summary>
/// A time expression found in a sentence and resolved against the article's publication date: the words (span in
/// the sentence), the first and last day it covers, and how precise that is. Dates are null when they cannot be
/// known (an undated article's "last night").
/// </summary>
/// <param name="IsPeriodStart">"since ... March 5": the period starts then and runs to publication.</param>
public sealed record TemporalExpression(int Start, int End, string Text, DateOnly? First, DateOnly? Last, TimePrecision Precision, bool IsPeriodStart = false);
