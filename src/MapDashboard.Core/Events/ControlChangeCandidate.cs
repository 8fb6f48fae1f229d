namespace MapDashboard.Core.Events;

/// <summary>Territory changing hands as a sentence states it; the verb is kept as evidence ("entered" is weaker than "liberated").</summary>
public sealed record ControlChangeCandidate(string NewController, string? PreviousController, string Verb, double Confidence);
