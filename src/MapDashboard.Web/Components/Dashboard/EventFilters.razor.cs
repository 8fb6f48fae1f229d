using MapDashboard.Core.Actors;
using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Pages;
using Microsoft.AspNetCore.Components;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>The event filters (types, side, actor, minimum confidence, article); each change hands the new view up.</summary>
public sealed partial class EventFilters
{
    private static readonly double[] ConfidenceSteps = [0, 0.5, 0.6, 0.7, 0.8, 0.9];
    private static readonly int[] ReportSteps = [1, 2, 3, 5];

    [Inject]
    private FactionCatalogue Factions { get; set; } = default!;

    /// <summary>The view whose filters are shown.</summary>
    [Parameter, EditorRequired]
    public DashboardViewState State { get; set; } = default!;

    /// <summary>Raised with the view under its new filters.</summary>
    [Parameter]
    public EventCallback<DashboardViewState> StateChanged { get; set; }

    /// <summary>The filtered article's title (or source), shown as a chip that clears the filter.</summary>
    [Parameter]
    public string? ArticleName { get; set; }

    /// <summary>
    /// The store query for a view: its window and filters. A side keeps its actors; an actor keeps itself and its
    /// units; with both, only the actors they share (none: nothing matches).
    /// </summary>
    public static EventQuery QueryFor(DashboardViewState state, FactionCatalogue factions, int limit)
    {
        var actors = new List<string>();
        if (state.Side is not null)
        {
            actors.AddRange(factions.Factions.Where(f => factions.SideOf(f.Id).Id == state.Side).Select(f => f.Id));
        }
        if (state.Actor is not null)
        {
            var own = factions.Factions.Where(f => f.Id == state.Actor || factions.TopLevel(f).Id == state.Actor).Select(f => f.Id).ToList();
            actors = state.Side is null ? own : actors.Intersect(own).DefaultIfEmpty("(none)").ToList();
        }
        return new EventQuery
        {
            From = state.WindowFrom,
            To = state.WindowEnd,
            Limit = limit,
            Types = state.Types.ToList(),
            Actors = actors,
            MinConfidence = state.MinConfidence,
            MinReports = state.MinReports,
            ArticleId = state.ArticleId,
            Area = state.Area,
        };
    }

    private Task OnTypesChangedAsync(IReadOnlyCollection<string> types) => ChangeAsync(State with { Types = types.ToList() });

    private Task ChangeAsync(DashboardViewState next) => StateChanged.InvokeAsync(next);
}
