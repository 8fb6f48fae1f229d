using System.Text.RegularExpressions;
using MapDashboard.Core.Dates;

namespace MapDashboard.Core.Articles;

/// <summary>
/// Date clues in an article's own words: header and leading body lines that hold a date ("Sunday, 10 July 2016",
/// "10/07/2016 09:14", "Updated: 5 April 2017 14:02 GMT"), render and crawl stamps (recorded, refused), and
/// wire-service datelines at the start of the first paragraphs ("BEIRUT, April 5 (Reuters) -").
/// </summary>
internal static partial class TextDateClues
{
    /// <summary>The most words besides the date a line may hold to count as a date line.</summary>
    private const int MaxRest = 60;

    /// <summary>Whether a line is only a date, a dated byline or a stamp: never a title.</summary>
    public static bool IsDateOrStampLine(string line) => FromLine(line, 0) is not null;

    /// <summary>The clue a header or leading line gives, or null when it is no date line.</summary>
    public static DateClue? FromLine(string line, int position)
    {
        var text = line.Trim();
        if (BoilerplateRules.Timestamp().IsMatch(text))
        {
            return new DateClue(DateClueKind.RenderTimestamp, text, position, null, null);
        }
        var label = DateLabels.Of(text);
        var kind = label switch
        {
            DateLabelMeaning.Crawl => DateClueKind.CrawlTimestamp,
            DateLabelMeaning.Updated => DateClueKind.UpdatedLine,
            _ => DateClueKind.DateLine,
        };
        var written = PublicationDates.FindAll(text);
        if (written.Count > 0 && text.Length - written[0].Length <= MaxRest)
        {
            return Clue(kind, text, position, written[0].Date, written[0].Precision);
        }
        if (DateTexts.FindNumeric(text) is { } numeric && text.Length - numeric.Length <= MaxRest && !ContainsSentence(text))
        {
            return Clue(kind, text, position, numeric.Date, DatePrecision.Day, numeric.Ambiguous);
        }
        if (DateTexts.FindYearless(text) is { } yearless && (yearless.Weekday is not null || label is not null)
            && text.Length - yearless.Length <= (label is null ? 8 : MaxRest) && !ContainsSentence(text))
        {
            return kind == DateClueKind.CrawlTimestamp
                ? new DateClue(kind, text, position, null, null)
                : new DateClue(kind, text, position, null, DatePrecision.Day, yearless.Month, yearless.Day, yearless.Weekday);
        }
        return null;
    }

    /// <summary>A wire dateline at the start of a paragraph, or null; one without a date is kept (it dates nothing).</summary>
    public static DateClue? FindDateline(string paragraph, int position)
    {
        var m = Dateline().Match(paragraph);
        if (!m.Success)
        {
            return null;
        }
        var words = m.Groups["head"].Value.Trim();
        var date = m.Groups["date"].Value;
        var place = m.Groups["place"].Value;
        if (!m.Groups["agency"].Success && (date.Length == 0 || (!YearWritten().IsMatch(date) && place != place.ToUpperInvariant())))
        {
            return null; // without an agency, only "PLACE, full date -" or "CAPITALS, date -" read as a dateline
        }
        if (date.Length == 0)
        {
            return m.Groups["agency"].Success ? new DateClue(DateClueKind.Dateline, words, position + m.Index, null, null) : null;
        }
        var written = PublicationDates.FindAll(date);
        if (written.Count > 0)
        {
            return new DateClue(DateClueKind.Dateline, words, position + m.Index, written[0].Date, written[0].Precision);
        }
        return DateTexts.FindYearless(date) is { } yearless
            ? new DateClue(DateClueKind.Dateline, words, position + m.Index, null, DatePrecision.Day, yearless.Month, yearless.Day, yearless.Weekday)
            : null;
    }

    private static DateClue Clue(DateClueKind kind, string text, int position, DateOnly date, DatePrecision precision, bool ambiguous = false) =>
        kind == DateClueKind.CrawlTimestamp
            ? new DateClue(kind, text, position, null, null)
            : new DateClue(kind, text, position, date, precision, Ambiguous: ambiguous);

    /// <summary>A full stop followed by more words: a sentence of the report, not a date line.</summary>
    private static bool ContainsSentence(string text) => SentenceBreak().IsMatch(text);

    [GeneratedRegex(@"(?:19|20)\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex YearWritten();

    [GeneratedRegex(@"[a-z]{2}\.\s+[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    /// <summary>
    /// "PLACE[, Country][, date] (Agency) -" or "PLACE[, Country], full date -": the place starts with a capital, the
    /// agency is a parenthesised or slashed name, and a dash or colon ends the dateline.
    /// </summary>
    [GeneratedRegex(
        @"^\s*(?<head>(?<place>[A-Z][\p{L}'’.\-]+(?:\s[A-Z][\p{L}'’.\-]+){0,3})(?:,\s*(?<country>[A-Z][\p{L}.]+(?:\s[A-Z][\p{L}.]+)?))?"
        + @"(?:(?:,\s*|\s+)(?<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2})(?:,?\s+(?:19|20)\d{2})?))?"
        + @"(?:\s*\((?<agency>[A-Z][\p{L}.&\s]{1,30})\)|\s*/(?<agency>[A-Z]{2,10})/)?)\s*(?:-{1,2}|—|–|:)\s",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
