using MapDashboard.Core.Events;

namespace MapDashboard.Core.Pipeline;

/// <summary>Stage 6: the change of territorial control a coded event states, if any.</summary>
public interface IControlChangeExtractor
{
    /// <summary>The change, or null when the event changes no control or cannot be placed.</summary>
    ControlChangeReport? Extract(CodedEvent codedEvent);
}
