using MapDashboard.Core.Articles;

namespace MapDashboard.Core.Tests.Dates;

public class PublicationDateResolverTests
{
    private static DateClue Dated(DateClueKind kind, int y, int m, int d, DatePrecision precision = DatePrecision.Day, bool ambiguous = false) =>
        new(kind, $"{kind} {y}-{m}-{d}", 0, new DateOnly(y, m, d), precision, Ambiguous: ambiguous);

    private static DateClue Yearless(int month, int day, DayOfWeek? weekday = null) =>
        new(DateClueKind.Dateline, "PLACE, date (Agency)", 10, null, DatePrecision.Day, month, day, weekday);

    [Fact]
    public void NoClues_IsUndated_NeverToday()
    {
        var result = PublicationDateResolver.Resolve([]);
        Assert.Null(result.Date);
        Assert.Null(result.Clue);
    }

    [Fact]
    public void RenderAndCrawlStamps_AreNeverUsed()
    {
        var result = PublicationDateResolver.Resolve([new DateClue(DateClueKind.RenderTimestamp, "09:05 GMT +3 1 May 2019", 0, null, null),
            new DateClue(DateClueKind.CrawlTimestamp, "Retrieved 2 May 2019", 5, null, null)]);
        Assert.Null(result.Date);
        Assert.Contains("page-render timestamp", result.Note);
    }

    [Fact]
    public void PublishedMetadata_BeatsModificationAndUrl()
    {
        var result = PublicationDateResolver.Resolve([Dated(DateClueKind.UrlPath, 2017, 4, 1), Dated(DateClueKind.PageModified, 2017, 4, 9), Dated(DateClueKind.JsonLd, 2017, 4, 5)]);
        Assert.Equal((new DateOnly(2017, 4, 5), DateClueKind.JsonLd, false), (result.Date!.Value, result.Clue!.Kind, result.Weak));
    }

    [Fact]
    public void UrlOnly_IsWeak()
    {
        var result = PublicationDateResolver.Resolve([Dated(DateClueKind.UrlPath, 2017, 4, 5)]);
        Assert.True(result.Weak);
    }

    [Fact]
    public void YearlessDateline_TakesTheLatestYearNotAfterTheOtherClue_Likely()
    {
        var result = PublicationDateResolver.Resolve([Yearless(12, 30), Dated(DateClueKind.FileName, 2018, 1, 2)]);
        Assert.Equal((new DateOnly(2017, 12, 30), DateCertainty.Likely, false), (result.Date!.Value, result.Certainty, result.Weak));
        Assert.Contains("2017", result.Note);
    }

    [Fact]
    public void YearlessDateline_FarBeforeItsBound_IsAGuess()
    {
        var result = PublicationDateResolver.Resolve([Yearless(1, 10), Dated(DateClueKind.PageModified, 2018, 11, 2)]);
        Assert.Equal((new DateOnly(2018, 1, 10), DateCertainty.Guessed, true), (result.Date!.Value, result.Certainty, result.Weak));
    }

    [Fact]
    public void YearlessDateWithWeekday_TakesAYearWhereTheWeekdayFits()
    {
        // 5 April was a Wednesday in 2017, not in 2018 (a Thursday) or 2019 (a Friday).
        var result = PublicationDateResolver.Resolve([Yearless(4, 5, DayOfWeek.Wednesday), Dated(DateClueKind.UrlPath, 2019, 12, 31)]);
        Assert.Equal(new DateOnly(2017, 4, 5), result.Date);
    }

    [Fact]
    public void YearlessDateline_WithoutAnyYear_StaysUndated()
    {
        var result = PublicationDateResolver.Resolve([Yearless(4, 5)]);
        Assert.Null(result.Date);
        Assert.Contains("no year", result.Note);
    }

    [Fact]
    public void YearlessDateline_WithOnlyTheTextsYears_IsAWeakGuessNotBeforeThem()
    {
        var result = PublicationDateResolver.Resolve([Yearless(4, 5)], (new DateOnly(2016, 9, 1), "September 2016"));
        Assert.Equal((new DateOnly(2017, 4, 5), DateCertainty.Guessed, true), (result.Date!.Value, result.Certainty, result.Weak));
    }

    [Fact]
    public void AmbiguousNumericDate_TakesTheReadingAnotherClueConfirms()
    {
        var result = PublicationDateResolver.Resolve([Dated(DateClueKind.DateLine, 2016, 7, 10, ambiguous: true), Dated(DateClueKind.UrlPath, 2016, 10, 7)]);
        Assert.Equal((new DateOnly(2016, 10, 7), DateCertainty.Written, DateClueKind.DateLine), (result.Date!.Value, result.Certainty, result.Clue!.Kind));
    }

    [Fact]
    public void RepublishedCopy_TheEarliestDateOfTheTierIsTheOriginalReport()
    {
        var result = PublicationDateResolver.Resolve([Dated(DateClueKind.DateLine, 2017, 1, 31), Dated(DateClueKind.DateLine, 2017, 1, 30)]);
        Assert.Equal(new DateOnly(2017, 1, 30), result.Date);
    }

    [Fact]
    public void Describe_NamesTheClueAndItsWords()
    {
        var clue = new DateClue(DateClueKind.Dateline, "BEIRUT, April 5 (Reuters)", 0, new DateOnly(2017, 4, 5), DatePrecision.Day);
        var result = PublicationDateResolver.Resolve([clue]);
        Assert.Equal("the dateline 'BEIRUT, April 5 (Reuters)'", result.Describe());
    }
}
