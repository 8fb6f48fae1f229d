using MapDashboard.Core.Events;
using Microsoft.AspNetCore.Components;

namespace MapDashboard.Web.Components.Pages;

/// <summary>How events are drawn: a colour per ACLED event type and a shape per kind of event (sub-type).</summary>
public static class EventStyles
{
    /// <summary>Type name to colour, in legend order.</summary>
    public static readonly IReadOnlyList<(string Type, string Colour)> Types = EventType.Colours;

    /// <summary>Marker shapes with the kinds of event they stand for, in legend order.</summary>
    public static readonly IReadOnlyList<(string Shape, string Label, string[] SubTypes)> Shapes =
    [
        ("circle", "clash", [EventType.ArmedClash]),
        ("square", "territory taken", [EventType.GovernmentRegainsTerritory, EventType.NonStateActorOvertakesTerritory, EventType.NonViolentTransfer]),
        ("triangle", "air / drone strike", [EventType.AirDroneStrike]),
        ("diamond", "shelling, explosive", [EventType.Shelling, EventType.RemoteExplosive]),
        ("cross", "attack on civilians", [EventType.Attack]),
        ("star", "base established", [EventType.BaseEstablished]),
        ("hexagon", "agreement, group change", [EventType.Agreement, EventType.ChangeToGroup]),
        ("pentagon", "protest, riot", [EventType.PeacefulProtest, EventType.ViolentDemonstration]),
    ];

    private static readonly Dictionary<string, string> ShapeBySubType =
        Shapes.SelectMany(s => s.SubTypes.Select(t => (t, s.Shape))).ToDictionary(p => p.t, p => p.Shape, StringComparer.Ordinal);

    // The same fixed shapes the map's JS module draws, for the legend.
    private static readonly Dictionary<string, string> ShapeSvg = new(StringComparer.Ordinal)
    {
        ["circle"] = "<circle cx=\"10\" cy=\"10\" r=\"7\"/>",
        ["triangle"] = "<polygon points=\"10,2 18.5,17 1.5,17\"/>",
        ["diamond"] = "<polygon points=\"10,1.5 18.5,10 10,18.5 1.5,10\"/>",
        ["square"] = "<rect x=\"3\" y=\"3\" width=\"14\" height=\"14\"/>",
        ["star"] = "<polygon points=\"10,1.5 12.4,7.4 18.6,7.6 13.7,11.5 15.4,17.6 10,14.1 4.6,17.6 6.3,11.5 1.4,7.6 7.6,7.4\"/>",
        ["hexagon"] = "<polygon points=\"10,1.5 17.5,5.8 17.5,14.2 10,18.5 2.5,14.2 2.5,5.8\"/>",
        ["cross"] = "<polygon points=\"7,2 13,2 13,7 18,7 18,13 13,13 13,18 7,18 7,13 2,13 2,7 7,7\"/>",
        ["pentagon"] = "<polygon points=\"10,1.5 18.5,7.7 15.3,17.8 4.7,17.8 1.5,7.7\"/>",
    };

    /// <summary>Imported ACLED events: squares in a colour no event type uses, with a grey outline.</summary>
    public const string AcledColour = "#00bcd4";

    /// <summary>The outline of imported ACLED events.</summary>
    public const string AcledStroke = "#616161";

    /// <summary>The marker shape of imported ACLED events.</summary>
    public const string AcledShape = "square";

    /// <summary>The colour of an event type (grey for an unknown one).</summary>
    public static string ColourOf(string type) => Types.FirstOrDefault(t => t.Type == type).Colour ?? "#757575";

    /// <summary>The marker shape of a sub-type (a circle for one without its own shape).</summary>
    public static string ShapeOf(string subType) => ShapeBySubType.GetValueOrDefault(subType, "circle");

    /// <summary>Marker size by precision: a little larger for less precise locations, which also get a dashed outline and ring.</summary>
    public static int RadiusOf(long precision) => precision switch { 1 => 8, 2 => 9, _ => 10 };

    /// <summary>The radius of the dashed uncertainty ring: none at a known place, "near" a town, or a region.</summary>
    public static double? RingMetresOf(long precision) => precision switch { <= 1 => null, 2 => 10_000, _ => 40_000 };

    /// <summary>A small legend icon of a shape in a colour (fixed markup: only known shapes and colours).</summary>
    public static MarkupString LegendIcon(string shape, string colour = "#78909c", bool dashed = false, string stroke = "#263238") => new(
        $"<svg class=\"md-legend-shape\" viewBox=\"0 0 20 20\" width=\"14\" height=\"14\" aria-hidden=\"true\"><g fill=\"{(colour.StartsWith('#') ? colour : "#78909c")}\" stroke=\"{(stroke.StartsWith('#') ? stroke : "#263238")}\" stroke-width=\"1.4\"{(dashed ? " stroke-dasharray=\"2.5 2\" fill-opacity=\"0.3\"" : "")}>{ShapeSvg.GetValueOrDefault(shape, ShapeSvg["circle"])}</g></svg>");
}
