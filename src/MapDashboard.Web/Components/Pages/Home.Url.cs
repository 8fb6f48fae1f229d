using MapDashboard.Web.Components.Dashboard;
using Microsoft.AspNetCore.Components;

namespace MapDashboard.Web.Components.Pages;

/// <summary>The dashboard page's view as its URL gives it.</summary>
public sealed partial class Home
{
    // The view in the URL, read as text and parsed by DashboardViewState: a value it cannot parse is ignored, never thrown.
    [SupplyParameterFromQuery(Name = "date")] public string? DateParameter { get; set; }
    [SupplyParameterFromQuery(Name = "window")] public string? WindowParameter { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string? FromParameter { get; set; }
    [SupplyParameterFromQuery(Name = "types")] public string? TypesParameter { get; set; }
    [SupplyParameterFromQuery(Name = "side")] public string? SideParameter { get; set; }
    [SupplyParameterFromQuery(Name = "actor")] public string? ActorParameter { get; set; }
    [SupplyParameterFromQuery(Name = "confidence")] public string? ConfidenceParameter { get; set; }
    [SupplyParameterFromQuery(Name = "article")] public string? ArticleParameter { get; set; }
    [SupplyParameterFromQuery(Name = "reports")] public string? ReportsParameter { get; set; }
    [SupplyParameterFromQuery(Name = "acled")] public string? AcledParameter { get; set; }
    [SupplyParameterFromQuery(Name = "lat")] public string? LatParameter { get; set; }
    [SupplyParameterFromQuery(Name = "lon")] public string? LonParameter { get; set; }
    [SupplyParameterFromQuery(Name = "zoom")] public string? ZoomParameter { get; set; }
    [SupplyParameterFromQuery(Name = "area")] public string? AreaParameter { get; set; }

    private DashboardViewState FromUrl() => DashboardViewState.FromQuery(new Dictionary<string, string?>
    {
        ["date"] = DateParameter, ["window"] = WindowParameter, ["from"] = FromParameter, ["types"] = TypesParameter,
        ["side"] = SideParameter, ["actor"] = ActorParameter, ["confidence"] = ConfidenceParameter, ["article"] = ArticleParameter,
        ["acled"] = AcledParameter, ["lat"] = LatParameter, ["lon"] = LonParameter, ["zoom"] = ZoomParameter,
        ["area"] = AreaParameter, ["reports"] = ReportsParameter,
    }, DashboardVocabulary.From(Factions));
}
