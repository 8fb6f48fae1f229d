using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Issue 22: a short month form standing alone is a word of a name ("Mar" in Syriac saints' villages, "Jan" in Kurdish
/// and Arabic names), not a month; with a day or a year it is a date. Sentences written for this test.
/// </summary>
public class TemporalDaterMonthWordTests
{
    private static readonly DateOnly Published = new(2019, 6, 20);

    [Theory]
    [InlineData("Militants shelled the monastery hamlet of Mar Yousef near the river.")]
    [InlineData("A roadside bomb struck a patrol outside Kani Jan, residents said.")]
    [InlineData("Families returned to Deir Mar Saba after the ceasefire.")]
    [InlineData("The convoy passed Tell Dec on its way north.")]
    public void ShortMonthForm_Alone_IsNotADate(string sentence)
    {
        Assert.DoesNotContain(TemporalDater.Find(sentence, Published), e => e.Precision is TimePrecision.Month or TimePrecision.Day);
    }

    [Theory]
    [InlineData("Two soldiers were killed on Mar 3 in an ambush.", 2019, 3, 3, TimePrecision.Day)]
    [InlineData("The bridge was destroyed in Jan 2016 and never rebuilt.", 2016, 1, 1, TimePrecision.Month)]
    [InlineData("The talks resumed on Sept. 9 in the capital.", 2018, 9, 9, TimePrecision.Day)]
    [InlineData("Fighting flared again in March near the dam.", 2019, 3, 1, TimePrecision.Month)]
    public void ShortMonthForm_WithADayOrYear_AndFullNames_StayDates(string sentence, int year, int month, int day, TimePrecision precision)
    {
        var found = Assert.Single(TemporalDater.Find(sentence, Published), e => e.First is not null);

        Assert.Equal(new DateOnly(year, month, day), found.First);
        Assert.Equal(precision, found.Precision);
    }
}
