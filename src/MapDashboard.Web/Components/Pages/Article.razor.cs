using System.Globalization;
using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Dashboard;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Components.Pages;

/// <summary>The article view: the original text with every recognised place and every event's source sentence highlighted, and the events it reports.</summary>
public sealed partial class Article
{
    private ArticleView? _article;
    private bool _missing;
    private IReadOnlyList<ArticleSegment> _segments = [];
    private string? _landed;

    /// <summary>The stored article's id.</summary>
    [Parameter]
    public long Id { get; set; }

    /// <summary>The event whose sentence the view scrolls to and flashes ("Open the article" in a popup).</summary>
    [SupplyParameterFromQuery(Name = "event")]
    public long? EventId { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ArticleQueries Articles { get; set; } = default!;

    [Inject]
    private EventStoreLocation Store { get; set; } = default!;

    [Inject]
    private IngestService Ingest { get; set; } = default!;

    [Inject]
    private WriteAccess Access { get; set; } = default!;

    [Inject]
    private MudBlazor.ISnackbar Snackbar { get; set; } = default!;

    private string? _newDate;
    private string? _newTitle;
    private string? _newOutlet;
    private string? _key;
    private bool _saving;

    /// <summary>Saves what the analyst changed of the title, outlet and date; a new date re-dates every event of the article.</summary>
    private async Task SaveMetadataAsync()
    {
        if (Access.Refusal(_key) is { } refusal)
        {
            Snackbar.Add(refusal, MudBlazor.Severity.Error);
            return;
        }
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(_newDate))
        {
            if (!DateOnly.TryParseExact(_newDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                Snackbar.Add($"'{_newDate}' is not a date in the form yyyy-MM-dd.", MudBlazor.Severity.Error);
                return;
            }
            date = parsed;
        }
        var title = _newTitle?.Trim() is { Length: > 0 } t && t != _article?.Title ? t : null;
        var outlet = _newOutlet?.Trim() is { Length: > 0 } o && o != _article?.Outlet ? o : null;
        if (date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == _article?.Published)
        {
            date = null;
        }
        if (title is null && outlet is null && date is null)
        {
            Snackbar.Add("Nothing changed: edit the title, the outlet or the date first.", MudBlazor.Severity.Info);
            return;
        }
        _saving = true;
        try
        {
            var result = await Ingest.CorrectAsync(c => c.CorrectArticleAsync(Id, title, outlet, date, "analyst"));
            var events = result.Reprocessed.Sum(r => r.Outcome?.Events ?? 0);
            Snackbar.Add(result.Error ?? (date is { } d ? $"Dated {d:d MMM yyyy}: {events} event report(s) re-dated." : "Saved."),
                result.Error is null ? MudBlazor.Severity.Success : MudBlazor.Severity.Error);
            await OnParametersSetAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        _article = Store.Exists ? await Articles.GetViewAsync(Id) : null;
        _missing = _article is null;
        _segments = _article is null ? [] : ArticleSegment.Cut(_article);
        (_newTitle, _newOutlet, _newDate) = (_article?.Title, _article?.Outlet, _article?.Published);
    }

    /// <summary>The events a sentence reports, as its tooltip names them: type, place and date or span of each.</summary>
    private static string EventsTitle(IReadOnlyList<ArticleEvent> events) =>
        string.Join("; ", events.Select(e => $"{e.SubType} — {e.PlaceName}, {DashboardText.EventDate(e.DateStart, e.DateEnd)}"));

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Once per article and event: scroll the cited sentence into view and flash it.
        var target = _article is not null && EventId is { } id && _article.Events.Any(e => e.Id == id) ? $"{Id}:{id}" : null;
        if (target is null || target == _landed)
        {
            return;
        }
        _landed = target;
        try
        {
            await using var module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Pages/Article.razor.js");
            await module.InvokeVoidAsync("land", EventId);
        }
        catch (Exception ex) when (ex is JSDisconnectedException or TaskCanceledException)
        {
            // The page went away before it landed.
        }
    }

    private static string EventLink(long articleId, ArticleEvent e) =>
        e.DateStart is { } date ? $"/?article={articleId}&date={date}&window=week" : $"/?article={articleId}&window=alltodate";

    private string MapLink(double lat, double lon) =>
        string.Create(CultureInfo.InvariantCulture, $"/?lat={lat:F5}&lon={lon:F5}&zoom=10") + (_article?.Published is { } date ? $"&date={date}" : "");
}
