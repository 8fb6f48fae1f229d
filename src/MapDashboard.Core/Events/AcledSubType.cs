namespace MapDashboard.Core.Events;

/// <summary>One ACLED sub-event type: its event type, its disorder type, and its precedence (lower wins) when one report describes several at one place and day.</summary>
public sealed record AcledSubType(string Name, string Type, string DisorderType, int Precedence);
