using MapDashboard.Core.Articles;

namespace MapDashboard.Core.Tests.Dates;

/// <summary>
/// A row of the article-opening battery (openings*.tsv): dates lines, wire datelines, page metadata, feed and upload
/// dates, URL and file-name dates, render and crawl stamps, with the expected date, precision and clue.
/// </summary>
internal static class OpeningRow
{
    /// <summary>Why a row fails, or null when it passes.</summary>
    public static string? Check(Dictionary<string, string> row)
    {
        var format = row["format"] == "html" ? ArticleFormat.Html : ArticleFormat.PlainText;
        var stated = row["stated"] == "-" ? [] : row["stated"].Split(" | ").Select(Stated).ToList();
        var input = new ArticleInput(row["source"] == "-" ? "article.txt" : row["source"], row["text"].Replace("\\n", "\n"), format) { StatedDates = stated };
        var metadata = ArticlePreprocessor.Process(input).Metadata;
        var got = (Date: metadata.Published?.ToString("yyyy-MM-dd") ?? "undated", Precision: metadata.PublishedPrecision?.ToString().ToLowerInvariant() ?? "-",
            Clue: metadata.Dating?.Clue is { } clue ? DateClueKinds.Name(clue.Kind) : "-");
        var expected = (row["expected"], row["precision"], row["clue"]);
        return got == expected ? null : $"expected {expected}, got {got} ({string.Join("; ", metadata.Notes)})";
    }

    private static StatedDate Stated(string item)
    {
        var (kind, value) = (item[..item.IndexOf('=')], item[(item.IndexOf('=') + 1)..]);
        return new StatedDate(kind switch
        {
            "feed" => DateClueKind.Feed,
            "feed-updated" => DateClueKind.FeedUpdated,
            "upload" => DateClueKind.Stated,
            _ => throw new ArgumentException($"unknown stated date kind '{kind}'", nameof(item)),
        }, value);
    }
}
