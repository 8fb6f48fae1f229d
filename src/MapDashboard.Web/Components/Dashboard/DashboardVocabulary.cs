using MapDashboard.Core.Actors;
using MapDashboard.Web.Components.Pages;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// What a link may name: the event types, sides and actors the dashboard knows. A value it does not know (a
/// hand-edited or outdated link) is dropped when the URL is read, never passed on to a query.
/// </summary>
public sealed record DashboardVocabulary(Func<string, bool> IsType, Func<string, bool> IsSide, Func<string, bool> IsActor)
{
    /// <summary>The legend's event types and the catalogue's sides and actors.</summary>
    public static DashboardVocabulary From(FactionCatalogue factions) => new(
        type => EventStyles.Types.Any(t => t.Type == type), side => factions.Sides.Any(s => s.Id == side), actor => factions.Get(actor) is not null);
}
