using MapDashboard.Core.Articles;
using MapDashboard.Data.Store;

namespace MapDashboard.Web.Components.Pages;

/// <summary>
/// A run of an article's text as the article view shows it: the mention it is part of (overlapping mentions keep the
/// first), every event whose cited sentence covers it, and whether it is in a heading. Markdown markup is not a run:
/// it is left out, so the text reads as written and nothing in it becomes HTML.
/// </summary>
public sealed record ArticleSegment(string Text, ArticleMention? Mention, IReadOnlyList<ArticleEvent> Events, bool Heading)
{
    /// <summary>The original text cut at every mention, event-excerpt, heading and markup boundary.</summary>
    public static IReadOnlyList<ArticleSegment> Cut(ArticleView article)
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
        var visible = MarkdownDisplay.Visible(text);
        var headings = MarkdownDisplay.Headings(text);
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
        foreach (var (start, end) in headings)
        {
            cuts.Add(start);
            cuts.Add(end);
        }
        for (var i = 1; i < text.Length; i++)
        {
            if (visible[i] != visible[i - 1])
            {
                cuts.Add(i);
            }
        }
        var result = new List<ArticleSegment>();
        var points = cuts.ToList();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (start, end) = (points[i], points[i + 1]);
            if (!visible[start])
            {
                continue;
            }
            var mention = mentions.FirstOrDefault(m => m.Start <= start && end <= m.End);
            var covering = events.Where(e => e.ExcerptStart <= start && end <= e.ExcerptEnd).ToList();
            result.Add(new ArticleSegment(text[start..end], mention, covering, headings.Any(h => h.Start <= start && end <= h.End)));
        }
        return result;
    }
}
