using System.Globalization;
using MapDashboard.Data.Store;
using Microsoft.AspNetCore.Components;

namespace MapDashboard.Web.Components.Pages;

/// <summary>The article view: the original text with every recognised place and every event's source sentence highlighted, and the events it reports.</summary>
public sealed partial class Article
{
    private ArticleView? _article;
    private bool _missing;
    private List<(string Text, ArticleMention? Mention, ArticleEvent? Event)> _segments = [];

    /// <summary>The stored article's id.</summary>
    [Parameter]
    public long Id { get; set; }

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
        _segments = _article is null ? [] : Segments(_article);
        (_newTitle, _newOutlet, _newDate) = (_article?.Title, _article?.Outlet, _article?.Published);
    }

    /// <summary>
    /// The original text cut at every mention and event-excerpt boundary: each run knows the mention it is part of
    /// (overlapping mentions keep the first) and the event whose source sentence it is in.
    /// </summary>
    private static List<(string, ArticleMention?, ArticleEvent?)> Segments(ArticleView article)
    {
        var text = article.OriginalText;
        var mentions = new List<ArticleMention>();
        foreach (var mention in article.Mentions.OrderBy(m => m.Start))
        {
            if (mention.Start >= (mentions.Count == 0 ? 0 : mentions[^1].End) && mention.End <= text.Length && mention.Start < mention.End)
            {
                mentions.Add(mention);
            }
        }
        var events = article.Events.Where(e => e.ExcerptStart >= 0 && e.ExcerptEnd <= text.Length && e.ExcerptStart < e.ExcerptEnd).ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var m in mentions)
        {
            cuts.Add((int)m.Start);
            cuts.Add((int)m.End);
        }
        foreach (var e in events)
        {
            cuts.Add((int)e.ExcerptStart);
            cuts.Add((int)e.ExcerptEnd);
        }
        var result = new List<(string, ArticleMention?, ArticleEvent?)>();
        var points = cuts.ToList();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (start, end) = (points[i], points[i + 1]);
            var mention = mentions.FirstOrDefault(m => m.Start <= start && end <= m.End);
            var evt = events.FirstOrDefault(e => e.ExcerptStart <= start && end <= e.ExcerptEnd);
            result.Add((text[start..end], mention, evt));
        }
        return result;
    }

    private static string EventLink(long articleId, ArticleEvent e) =>
        e.DateStart is { } date ? $"/?article={articleId}&date={date}&window=week" : $"/?article={articleId}&window=alltodate";

    private string MapLink(double lat, double lon) =>
        string.Create(CultureInfo.InvariantCulture, $"/?lat={lat:F5}&lon={lon:F5}&zoom=10") + (_article?.Published is { } date ? $"&date={date}" : "");
}
