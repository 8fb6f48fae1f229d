using System.Globalization;

namespace MapDashboard.Core.Articles;

/// <summary>
/// Gathers every publication-date clue of one article (dates passed in with it, page metadata, header and leading
/// date lines, wire datelines in the first paragraphs, the page address and the file name) and resolves them.
/// </summary>
internal static class ArticleDateClues
{
    public static PublicationDate Resolve(ArticleInput input, IReadOnlyList<TextBlock> header, IEnumerable<TextBlock> firstParagraphs,
        HtmlBlockReader.PageMetadata? page, string cleanedText)
    {
        var clues = new List<DateClue>();
        foreach (var stated in input.StatedDates)
        {
            if (DateTexts.ParseMachine(stated.Value) is { } date)
            {
                clues.Add(new DateClue(stated.Kind, stated.Value.Trim(), -1, date, DatePrecision.Day));
            }
        }
        if (page is not null)
        {
            clues.AddRange(page.DateClues);
        }
        foreach (var block in header)
        {
            if (TextDateClues.FromLine(block.Text, block.OriginalStart) is { } clue)
            {
                clues.Add(clue);
            }
        }
        foreach (var block in firstParagraphs)
        {
            if (TextDateClues.FindDateline(block.Text, 0) is { } dateline)
            {
                clues.Add(dateline with { Position = block.Origins.Length > 0 ? block.Origins[Math.Min(dateline.Position, block.Origins.Length - 1)] : -1 });
                break;
            }
        }
        if (PathDateClues.Find(page?.Address) is { } address)
        {
            clues.Add(address);
        }
        if (PathDateClues.Find(input.Source) is { } file)
        {
            clues.Add(file);
        }
        return PublicationDateResolver.Resolve(clues, LatestMentioned(cleanedText));
    }

    /// <summary>The latest date written with its year in the text ("February 2017", "3 March 2016").</summary>
    private static (DateOnly Date, string Text)? LatestMentioned(string text)
    {
        var found = PublicationDates.FindAll(text);
        if (found.Count == 0)
        {
            return null;
        }
        var latest = found.MaxBy(f => f.Date)!;
        return (latest.Date, text.Substring(latest.Index, latest.Length).ToString(CultureInfo.InvariantCulture));
    }
}
