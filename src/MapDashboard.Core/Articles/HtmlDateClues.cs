using System.Text.Json;
using AngleSharp.Dom;
using MapDashboard.Core.Dates;

namespace MapDashboard.Core.Articles;

/// <summary>
/// Date clues in a page's markup: meta tags named in Dates/date-meta-names.tsv (Open Graph, schema.org microdata,
/// Dublin Core, publisher names), schema.org JSON-LD datePublished / dateCreated / dateModified (also inside @graph),
/// and &lt;time datetime&gt; elements of the visible page. Also the page's own address (canonical link or og:url).
/// </summary>
internal static class HtmlDateClues
{
    private const int MaxJsonDepth = 16;

    public static List<DateClue> Find(IDocument document)
    {
        var clues = new List<DateClue>();
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (name is null || DateMetaNames.IsPublished(name) is not { } published)
            {
                continue;
            }
            var value = meta.GetAttribute("content")!;
            if (DateTexts.ParseMachine(value) is { } date)
            {
                clues.Add(new DateClue(published ? DateClueKind.PageMetadata : DateClueKind.PageModified, $"{name} {value.Trim()}", Position(meta), date, DatePrecision.Day));
            }
        }
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                Walk(json.RootElement, Position(script), clues, 0);
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD is no clue; the other clues still count.
            }
        }
        foreach (var time in document.QuerySelectorAll("body time[datetime]"))
        {
            var value = time.GetAttribute("datetime")!;
            if (DateTexts.ParseMachine(value) is { } date)
            {
                var visible = time.TextContent.Trim();
                clues.Add(new DateClue(DateClueKind.TimeElement, visible.Length > 0 ? visible : value.Trim(), Position(time), date, DatePrecision.Day));
                break; // the first date element of the page is its byline's; later ones date comments and related items
            }
        }
        return clues;
    }

    /// <summary>The page's own address: its canonical link, else og:url.</summary>
    public static string? Address(IDocument document) =>
        document.QuerySelector("link[rel='canonical'][href]")?.GetAttribute("href")
        ?? document.QuerySelector("meta[property='og:url'][content]")?.GetAttribute("content");

    private static void Walk(JsonElement element, int position, List<DateClue> clues, int depth)
    {
        if (depth > MaxJsonDepth)
        {
            return;
        }
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, position, clues, depth + 1);
            }
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && DateMetaNames.IsPublished(property.Name) is { } published
                && DateTexts.ParseMachine(property.Value.GetString()) is { } date)
            {
                var kind = published ? DateClueKind.JsonLd : DateClueKind.PageModified;
                clues.Add(new DateClue(kind, $"{property.Name} {property.Value.GetString()}", position, date, DatePrecision.Day));
            }
            else if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                Walk(property.Value, position, clues, depth + 1);
            }
        }
    }

    private static int Position(IElement element) => element.SourceReference?.Position.Position ?? -1;
}
