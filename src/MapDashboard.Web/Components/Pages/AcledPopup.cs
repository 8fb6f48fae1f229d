using System.Globalization;
using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Map;

namespace MapDashboard.Web.Components.Pages;

/// <summary>The popup of an imported ACLED event: ACLED's own fields as coded by ACLED, and where the row came from.</summary>
public static class AcledPopup
{
    /// <summary>Builds the popup content (all strings are rendered as text by the map).</summary>
    public static PopupContent Build(ImportedEvent e)
    {
        var lines = new List<PopupLine>
        {
            new(null, "ACLED import", EventStyles.AcledColour),
            new("Date", e.EventDate),
            new("Type", e.SubType is null ? e.Type : $"{e.Type}: {e.SubType}"),
        };
        foreach (var (label, actor, associated) in new[] { ("Actor", e.Actor1, e.AssocActor1), ("Against", e.Actor2, e.AssocActor2) })
        {
            if (actor is not null)
            {
                lines.Add(new PopupLine(label, associated is null ? actor : $"{actor} (with {associated})"));
            }
        }
        var place = string.Join(", ", new[] { e.Location, e.Admin2, e.Admin1, e.Country }.Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.Ordinal));
        lines.Add(new PopupLine("Place", place.Length > 0 ? place : $"{e.Lat.ToString("0.####", CultureInfo.InvariantCulture)}, {e.Lon.ToString("0.####", CultureInfo.InvariantCulture)}"));
        if (e.Fatalities is { } fatalities)
        {
            lines.Add(new PopupLine("Fatalities", fatalities.ToString(CultureInfo.InvariantCulture)));
        }
        if (e.Source is not null)
        {
            lines.Add(new PopupLine("Source", e.Source));
        }
        lines.Add(new PopupLine("ACLED id", $"{e.EventId} ({e.ImportFile}, line {e.Line})"));
        return new PopupContent(e.SubType ?? e.Type, lines, e.Notes);
    }
}
