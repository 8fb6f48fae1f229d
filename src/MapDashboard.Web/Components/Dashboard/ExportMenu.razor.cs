using System.Globalization;
using MapDashboard.Data.Store;
using Microsoft.AspNetCore.Components;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>Downloads of exactly what the view shows: its events (CSV, GeoJSON, KML) and the control areas at its date.</summary>
public sealed partial class ExportMenu
{
    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The view's events query (window and filters).</summary>
    [Parameter, EditorRequired]
    public EventQuery Query { get; set; } = default!;

    /// <summary>The slider's date.</summary>
    [Parameter]
    public DateOnly Date { get; set; }

    private string DateText => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string ControlExportLink => Navigation.ToAbsoluteUri("/api/control?date=" + DateText).ToString();

    private string ExportLink(string format)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["format"] = format,
            ["from"] = Query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = Query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["type"] = Query.Types.Count > 0 ? string.Join(',', Query.Types) : null,
            ["actor"] = Query.Actors.Count > 0 ? string.Join(',', Query.Actors) : null,
            ["minConfidence"] = Query.MinConfidence > 0 ? Query.MinConfidence : null,
            ["article"] = Query.ArticleId,
            ["area"] = Query.Area?.Encode(),
        };
        return Navigation.GetUriWithQueryParameters(Navigation.ToAbsoluteUri("/api/export").ToString(), parameters);
    }
}
