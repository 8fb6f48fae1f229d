using MapDashboard.Core.Events;

namespace MapDashboard.Web.Components.Pages;

/// <summary>Colours of ACLED event types on the map and in the legend.</summary>
public static class EventStyles
{
    /// <summary>Type name to colour, in legend order.</summary>
    public static readonly IReadOnlyList<(string Type, string Colour)> Types =
    [
        (EventType.Battles, "#d32f2f"),
        (EventType.RemoteViolence, "#ef6c00"),
        (EventType.ViolenceAgainstCivilians, "#6a1b9a"),
        (EventType.StrategicDevelopments, "#1565c0"),
        (EventType.Protests, "#2e7d32"),
        (EventType.Riots, "#5d4037"),
    ];

    /// <summary>The colour of an event type (grey for an unknown one).</summary>
    public static string ColourOf(string type) => Types.FirstOrDefault(t => t.Type == type).Colour ?? "#757575";

    /// <summary>Marker radius by precision: a larger, dashed ring for less precise locations.</summary>
    public static int RadiusOf(long precision) => precision switch { 1 => 7, 2 => 10, _ => 13 };
}
