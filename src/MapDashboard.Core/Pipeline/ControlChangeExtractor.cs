using MapDashboard.Core.Events;

namespace MapDashboard.Core.Pipeline;

/// <summary>
/// A control change from an event's capture language: the side that took the place holds it from the event's last day.
/// An event that cannot be placed changes nothing.
/// </summary>
public sealed class ControlChangeExtractor : IControlChangeExtractor
{
    /// <inheritdoc />
    public ControlChangeReport? Extract(CodedEvent codedEvent) =>
        codedEvent is { ControlChange: { } change, Location: { } at }
            ? new ControlChangeReport(at.Id, codedEvent.PlaceName, at.Lat, at.Lon, codedEvent.When.Last ?? codedEvent.When.First,
                change.NewController, change.PreviousController, change.Verb, change.Confidence)
            : null;
}
