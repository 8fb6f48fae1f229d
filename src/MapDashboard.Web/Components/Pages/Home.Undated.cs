using MapDashboard.Data.Store;

namespace MapDashboard.Web.Components.Pages;

/// <summary>The dashboard page's panel of undated events, each with a link to date its article.</summary>
public sealed partial class Home
{
    private bool _showUndated;
    private List<EventSummary> _undatedEvents = [];
    private IReadOnlyDictionary<long, long> _undatedArticles = new Dictionary<long, long>();

    private async Task ToggleUndatedAsync()
    {
        _showUndated = !_showUndated;
        _undatedEvents = _showUndated ? [.. await Queries.FindAsync(new EventQuery { UndatedOnly = true, Limit = 200, ArticleId = _state.ArticleId })] : [];
        _undatedArticles = _undatedEvents.Count > 0 ? await Queries.FirstArticlesAsync(_undatedEvents.Select(e => e.Id).ToList()) : new Dictionary<long, long>();
    }
}
