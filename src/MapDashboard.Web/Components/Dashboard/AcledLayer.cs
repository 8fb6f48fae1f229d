using System.Globalization;
using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Map;
using MapDashboard.Web.Components.Pages;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// The imported ACLED events of the window on the map: the same window and event-type filter as ours (actor, side,
/// confidence and article filters are MapDashboard's own codes and do not apply), or only those in the view when the
/// window holds too many. One instance per page.
/// </summary>
public sealed class AcledLayer(ImportedEventQueries imported)
{
    /// <summary>The layer's name in the map.</summary>
    public const string Name = "acled";

    /// <summary>Up to this many imported events of the window are drawn (clustered in the browser); beyond it, those in the view.</summary>
    public const int PointLimit = 2000;

    /// <summary>The span of the imported events, or null when none were imported (then the layer offers no toggle).</summary>
    public (DateOnly First, DateOnly Last)? Span { get; private set; }

    /// <summary>How many imported events the window holds (0 while the layer is off).</summary>
    public long Count { get; private set; }

    /// <summary>Whether only the events in the view are drawn, so that a move of the map redraws the layer.</summary>
    public bool InViewOnly { get; private set; }

    /// <summary>Reads the span of the imported events again (after an import).</summary>
    public async Task LoadSpanAsync() => Span = await imported.GetDateSpanAsync();

    /// <summary>Draws the window's imported events, or removes the layer when it is off or empty.</summary>
    public async Task RefreshAsync(LeafletMap map, DashboardViewState state, BoundingBox view)
    {
        if (!state.ShowAcled || Span is null)
        {
            await map.RemoveLayerAsync(Name);
            Count = 0;
            InViewOnly = false;
            return;
        }
        var query = new ImportedEventQuery { From = state.WindowFrom, To = state.WindowEnd, Types = state.Types.ToList(), Limit = PointLimit };
        Count = await imported.CountAsync(query);
        InViewOnly = Count > PointLimit;
        var events = await imported.FindAsync(InViewOnly ? query with { Bounds = view } : query);
        await map.SetMarkersAsync(Name, events.Select(Marker), clustered: true);
    }

    /// <summary>Opens the popup of a clicked ACLED marker; false when the marker is not one of this layer's.</summary>
    public async Task<bool> OpenPopupAsync(LeafletMap map, MapMarkerClick click)
    {
        if (click.Layer != Name || !long.TryParse(click.MarkerId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await imported.GetAsync(id) is not { } e)
        {
            return false;
        }
        await map.OpenPopupAsync(e.Lat, e.Lon, AcledPopup.Build(e));
        return true;
    }

    private static MapMarker Marker(ImportedEvent e)
    {
        var precision = e.GeoPrecision ?? 1;
        return new MapMarker(e.Id.ToString(CultureInfo.InvariantCulture), e.Lat, e.Lon, EventStyles.AcledColour,
            $"ACLED {e.EventDate} {e.SubType ?? e.Type} — {e.Location}", EventStyles.RadiusOf(precision), precision > 1,
            StrokeColor: EventStyles.AcledStroke, Shape: EventStyles.AcledShape, RingMetres: EventStyles.RingMetresOf(precision));
    }
}
