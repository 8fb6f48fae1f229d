namespace MapDashboard.Core.Events;

/// <summary>Territory changing hands as a sentence states it; the verb is kept as evidence ("entered" is weaker than "liberated").</summary>
/// <param name="Contested">The other side disputes the capture: a claim that makes the place contested from that day, not a change of hands.</param>
public sealed record ControlChangeCandidate(string NewController, string? PreviousController, string Verb, double Confidence, bool Contested = false);
