using MapDashboard.Core.Events;

namespace MapDashboard.Core.Pipeline;

/// <summary>
/// A control change from an event's capture language: the side that took the place holds it from the event's last day.
/// Only a place the event is at itself (precision 1) changes hands: a village the gazetteer lacks, drawn "near" the town
/// it is anchored to (precision 2), never changes that town's control, and neither does a region (precision 3).
/// </summary>
public sealed class ControlChangeExtractor : IControlChangeExtractor
{
    /// <inheritdoc />
    public ControlChangeReport? Extract(CodedEvent codedEvent) =>
        codedEvent is { ControlChange: { } change, Location: { } at, Precision: 1, Where.Place: not null }
            ? new ControlChangeReport(at.Id, codedEvent.PlaceName, at.Lat, at.Lon, codedEvent.When.Last ?? codedEvent.When.First,
                change.NewController, change.PreviousController, change.Verb, change.Confidence)
            : null;
}
