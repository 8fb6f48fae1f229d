using MapDashboard.Core.Actors;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Dashboard;
using MapDashboard.Web.Components.Map;

namespace MapDashboard.Web.Components.Pages;

/// <summary>The popup of one event: date, type, actors in their side's colour, place, the source sentence with the place and actors highlighted, and every source.</summary>
public static class EventPopup
{
    /// <summary>Builds the popup content (all strings are rendered as text by the map); <paramref name="place"/> gives the place's admin path.</summary>
    public static PopupContent Build(EventDetail detail, FactionCatalogue factions, ActorRecognizer actors, Place? place = null)
    {
        var e = detail.Event;
        var lines = new List<PopupLine>
        {
            new("Date", e.DateStart is null ? "undated" : $"{DashboardText.EventDate(e.DateStart, e.DateEnd)} ({e.DatePrecision})"),
            new("Type", $"{e.Type}: {e.SubType}"),
        };
        foreach (var (label, actor) in new[] { ("Actor", e.Actor1), ("Against", e.Actor2) })
        {
            if (actor is not null)
            {
                var faction = factions.Get(actor);
                lines.Add(new PopupLine(label, faction?.Name ?? actor, factions.SideOf(actor).Colour));
            }
        }
        lines.Add(new PopupLine("Place", place is not null && PlaceLabels.AdminPath(place) is { Length: > 0 } path ? $"{e.PlaceName} - {path}"
            : e.Admin1 is null ? e.PlaceName : $"{e.PlaceName}, {e.Admin1}"));
        var first = detail.Sources.FirstOrDefault();
        foreach (var source in detail.Sources)
        {
            lines.Add(new PopupLine("Source", $"{source.Title ?? source.Source} — {OutletText(detail, source.Outlet)}, {source.Published ?? "undated"}"
                + (source.ClaimedBy is null ? "" : $" (according to {source.ClaimedBy})")));
        }
        foreach (var copy in detail.Appearances)
        {
            lines.Add(new PopupLine("Also in", $"{copy.Title ?? copy.Source} — {OutletText(detail, copy.Outlet)}, {copy.Published ?? "undated"} ({copy.Kind})"));
        }
        lines.Add(new PopupLine("Reports", Dashboard.DashboardText.Corroboration(e)));
        if (e.CorrectionId is { } correction)
        {
            lines.Add(new PopupLine("Corrected", $"by an analyst (correction #{correction})"));
        }
        var highlights = new List<PopupHighlight>();
        if (first is { PlaceStart: { } ps, PlaceEnd: { } pe } && ps >= first.ExcerptStart && pe <= first.ExcerptEnd)
        {
            highlights.Add(new PopupHighlight((int)(ps - first.ExcerptStart), (int)(pe - first.ExcerptStart), "place"));
        }
        if (first is not null)
        {
            // The event's actors as the recognizer finds them in the sentence (names, aliases and units of the actor).
            var eventActors = new[] { e.Actor1, e.Actor2 }.Concat(detail.AssocActors).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var mention in actors.Recognize(first.Excerpt))
            {
                if (eventActors.Contains(mention.Faction.Id) || eventActors.Contains(factions.TopLevel(mention.Faction).Id))
                {
                    highlights.Add(new PopupHighlight(mention.Start, mention.End, "actor"));
                }
            }
        }
        var links = detail.Sources.Select(s => new PopupLink($"Open the article: {s.Title ?? s.Source}", $"/article/{s.ArticleId}?event={e.Id}")).ToList();
        links.Add(new PopupLink("Correct this event", $"/review?event={e.Id}"));
        return new PopupContent(e.SubType, lines, first?.Excerpt, highlights, links);
    }

    /// <summary>An outlet's name with what the outlets table says of it: "Sputnik (Russia; owner: Rossiya Segodnya; multilingual)".</summary>
    private static string OutletText(EventDetail detail, string? outlet) =>
        outlet is null ? "unknown outlet"
        : detail.OutletFacts.FirstOrDefault(o => string.Equals(o.Name, outlet, StringComparison.OrdinalIgnoreCase))?.Describe() is { } facts
            ? $"{outlet} ({facts})" : outlet;
}
