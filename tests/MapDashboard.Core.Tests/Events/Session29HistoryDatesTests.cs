using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 29, second coding round (issue 22): a year or month told in a history or background clause (a relative clause,
/// "since", an apposition after a comma) does not date the event; the event's own day does, or the week before
/// publication when it names none (EventTaxonomy.md, "Session 29b"). The battery publishes on Friday 10 May 2019.
/// </summary>
public class Session29HistoryDatesTests
{
    [Theory]
    [InlineData("Mortar rounds hit Sukhnah, which the army recaptured in 2017, on Thursday.", "2019-05-09")]
    [InlineData("A commander who had defected from the army in 2012 was killed in an air strike near Idlib on Monday.", "2019-05-06")]
    [InlineData("A bomb went off in Afrin, a town Turkish-backed factions took in March 2018, killing three people.", "2019-05-04")]
    [InlineData("Shelling killed two children in Saraqib, which rebels have held since 2012.", "2019-05-04")]
    public void YearOrMonthOfAHistoryClause_DoesNotDateTheEvent(string text, string day)
    {
        var e = CodingBattery.Code(text).First();

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), e.When.First);
    }

    [Theory]
    [InlineData("In March 2016 the army recaptured Palmyra.", "2016-03-01")]
    [InlineData("The monitor said the army captured Morek in 2016.", "2016-01-01")]
    [InlineData("Rebels, who attacked on Monday, took Morek on Tuesday.", "2019-05-06")]
    public void YearOfTheMainClauseOrADayInARelativeClause_StillDatesTheEvent(string text, string day)
    {
        var e = CodingBattery.Code(text).First();

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), e.When.First);
    }
}
