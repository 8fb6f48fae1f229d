using System.Globalization;
using MapDashboard.Data.Store;
using Microsoft.AspNetCore.Components;

namespace MapDashboard.Web.Components.Pages;

/// <summary>The article view: the original text with every recognised place highlighted, and the events it reports.</summary>
public sealed partial class Article
{
    private ArticleView? _article;
    private bool _missing;
    private List<(string Text, ArticleMention? Mention)> _segments = [];

    /// <summary>The stored article's id.</summary>
    [Parameter]
    public long Id { get; set; }

    [Inject]
    private EventQueries Queries { get; set; } = default!;

    [Inject]
    private EventStoreLocation Store { get; set; } = default!;

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        _article = Store.Exists ? await Queries.GetArticleAsync(Id) : null;
        _missing = _article is null;
        _segments = _article is null ? [] : Segments(_article);
    }

    /// <summary>The original text cut into plain runs and mention runs (overlaps keep the first mention).</summary>
    private static List<(string, ArticleMention?)> Segments(ArticleView article)
    {
        var text = article.OriginalText;
        var result = new List<(string, ArticleMention?)>();
        var at = 0;
        foreach (var mention in article.Mentions.OrderBy(m => m.Start))
        {
            if (mention.Start < at || mention.End > text.Length)
            {
                continue;
            }
            result.Add((text[at..(int)mention.Start], null));
            result.Add((text[(int)mention.Start..(int)mention.End], mention));
            at = (int)mention.End;
        }
        result.Add((text[at..], null));
        return result;
    }

    private string MapLink(double lat, double lon) =>
        string.Create(CultureInfo.InvariantCulture, $"/?lat={lat:F5}&lon={lon:F5}&zoom=10") + (_article?.Published is { } date ? $"&date={date}" : "");
}
