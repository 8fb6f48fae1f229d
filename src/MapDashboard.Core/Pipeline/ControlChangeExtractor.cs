using MapDashboard.Core.Events;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Pipeline;

/// <summary>
/// A control change from an event's capture language: the side that took the place holds it from the event's last day.
/// A place the event is at itself (precision 1) changes hands. A named place the gazetteer knows, located only "in or
/// near" (precision 2: a listed town "near X", a place named from the article's context), changes hands at its own point:
/// the sentence named it as taken, and the town it lies near is never touched. A village the gazetteer lacks, drawn "near"
/// the town it is anchored to, never changes that town's control: it becomes its own place (<see cref="NearPrefix"/>) at
/// the anchor's point with precision 2, which the map draws as a marker with a dashed ring and no area. A part of a place
/// ("eastern X") or a region (precision 3) changes nothing.
/// </summary>
public sealed class ControlChangeExtractor : IControlChangeExtractor
{
    /// <summary>The id prefix of a village kept at its anchor's point: <c>near:ANCHOR-ID:folded village name</c>.</summary>
    public const string NearPrefix = "near:";

    /// <inheritdoc />
    public ControlChangeReport? Extract(CodedEvent codedEvent) => codedEvent switch
    {
        { ControlChange: { } change, Location: { } at, Precision: 1, Where.Place: not null } =>
            new ControlChangeReport(at.Id, codedEvent.PlaceName, at.Lat, at.Lon, codedEvent.When.Last ?? codedEvent.When.First,
                change.NewController, change.PreviousController, change.Verb, change.Confidence, Contested: change.Contested),
        { ControlChange: { } change, Precision: 2, Where: { Place: { IsArea: false } place } where } when (where.Mention.Cues & MentionCue.Direction) == 0 =>
            new ControlChangeReport(place.Id, place.Name, place.Lat, place.Lon, codedEvent.When.Last ?? codedEvent.When.First,
                change.NewController, change.PreviousController, change.Verb, change.Confidence, Contested: change.Contested),
        { ControlChange: { } change, Location: { } anchor, Precision: 2, Where.Place: null } when NameFolding.Fold(codedEvent.Where.OriginalText) is { Length: > 0 } key =>
            new ControlChangeReport($"{NearPrefix}{anchor.Id}:{key}", codedEvent.PlaceName, anchor.Lat, anchor.Lon, codedEvent.When.Last ?? codedEvent.When.First,
                change.NewController, change.PreviousController, change.Verb, change.Confidence, Precision: 2, Contested: change.Contested),
        _ => null,
    };
}
