using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

public class TemporalDaterTests
{
    private static readonly DateOnly Jan30_2017 = new(2017, 1, 30);
    private static readonly DateOnly Jun15_2020 = new(2020, 6, 15);
    private static readonly DateOnly Jan8_2018 = new(2018, 1, 8);

    private static TemporalExpression Single(string sentence, DateOnly? published) => Assert.Single(TemporalDater.Find(sentence, published));

    [Fact]
    public void LastNight_IsTheDayBeforePublication()
    {
        var e = Single("The terrorist group launched the offensive last night and seized certain Syrian army checkpoints in the area.", Jan30_2017);
        Assert.Equal((new DateOnly(2017, 1, 29), TimePrecision.Day, "last night"), (e.First!.Value, e.Precision, e.Text));
    }

    [Fact]
    public void EarlyOnJune14_IsThatDay()
    {
        var e = Single("Early on June 14, the Russian Aerospace Forces reportedly carried out airstrikes on positions of Hayat Tahrir al-Sham.", Jun15_2020);
        Assert.Equal((new DateOnly(2020, 6, 14), TimePrecision.Day), (e.First!.Value, e.Precision));
    }

    [Fact]
    public void TwoDays_AreARange()
    {
        var e = Single("On June 14 and June 15, warplanes of the Syrian Air Force bombed ISIS hideouts near the town of Uqayribat.", Jun15_2020);
        Assert.Equal((new DateOnly(2020, 6, 14), new DateOnly(2020, 6, 15), TimePrecision.Range), (e.First!.Value, e.Last!.Value, e.Precision));
    }

    [Fact]
    public void LastWeekend_BeforeAMonday_IsSaturdayAndSunday()
    {
        var e = Single("Last weekend, the Syrian Army, the National Defense Forces and Liwa al-Quds launched an anti-ISIS operation.", Jun15_2020);
        Assert.Equal((new DateOnly(2020, 6, 13), new DateOnly(2020, 6, 14), TimePrecision.Range), (e.First!.Value, e.Last!.Value, e.Precision));
    }

    [Fact]
    public void SinceSigningOnMarch5_StartsAPeriod()
    {
        var e = Single("Since the signing of the new de-escalation agreement with Turkey on March 5, the Russian military has halted active operations in Greater Idlib.", Jun15_2020);
        Assert.True(e.IsPeriodStart);
        Assert.Equal((new DateOnly(2020, 3, 5), Jun15_2020), (e.First!.Value, e.Last!.Value));
    }

    [Fact]
    public void WithinTwoWeeks_EndsAtPublication()
    {
        var e = Single("Within two weeks, the Tiger Forces and the NDF had liberated over 25 villages in the area.", Jan30_2017);
        Assert.Equal((new DateOnly(2017, 1, 16), Jan30_2017, TimePrecision.Range), (e.First!.Value, e.Last!.Value, e.Precision));
    }

    [Theory]
    [InlineData("Fighting intensified on Christmas Day when Brigadier General Suheil al-Hassan took control of the offensive.", 2017, 12, 25, TimePrecision.Day)]
    [InlineData("Pro-Assad forces began their offensive on north-west Hama in October, taking advantage of an assault.", 2017, 10, 1, TimePrecision.Month)]
    [InlineData("A small-scale war between the two factions broke out last year leading to HTS to takeover much of the province.", 2017, 1, 1, TimePrecision.Year)]
    [InlineData("On January 11, groups of the Free Syrian Army released an official statement.", 2017, 1, 11, TimePrecision.Day)]
    [InlineData("The militant groups gathered at the secretive meeting some ten days ago, Fars News reported.", 2017, 12, 29, TimePrecision.Week)]
    public void RelativeAndYearlessDates_ResolveAgainstAJanuaryArticle(string sentence, int year, int month, int day, TimePrecision precision)
    {
        var e = Single(sentence, Jan8_2018);
        Assert.Equal((new DateOnly(year, month, day), precision), (e.First!.Value, e.Precision));
    }

    [Fact]
    public void DayOfPublication_IsThatDay_AndADayAfterIt_BelongsToTheYearBefore()
    {
        Assert.Equal(new DateOnly(2018, 1, 11), Single("On January 11, groups of the FSA released a statement.", new DateOnly(2018, 1, 11)).First);
        Assert.Equal(new DateOnly(2016, 2, 29), Single("The town fell on February 29.", new DateOnly(2017, 1, 2)).First);
        Assert.Empty(TemporalDater.Find("The town fell on February 29.", new DateOnly(2018, 1, 2)));
    }

    [Fact]
    public void UndatedArticle_KeepsRelativeExpressionsUnknownButResolvesYears()
    {
        var relative = Single("The terrorist group launched the offensive last night.", null);
        var found = TemporalDater.Find("Syria's regime have won victories since Russia entered the war in September 2015, and captured Aleppo city in 2015.", null);

        Assert.Equal(TimePrecision.Unknown, relative.Precision);
        Assert.Null(relative.First);
        Assert.Equal([(new DateOnly(2015, 9, 1), TimePrecision.Month), (new DateOnly(2015, 1, 1), TimePrecision.Year)], found.Select(e => (e.First!.Value, e.Precision)));
    }

    [Theory]
    [InlineData("The attack came on February 30, sources said.")]
    [InlineData("The army may march on the town.")]
    [InlineData("Nothing happened here.")]
    public void InvalidOrNoDates_GiveNothing(string sentence) => Assert.Empty(TemporalDater.Find(sentence, Jan8_2018));

    [Fact]
    public void SentenceWithoutExpression_IsReportedAtPublication()
    {
        var e = TemporalDater.ForSentence("Clashes are ongoing.", Jan30_2017);
        Assert.Equal((new DateOnly(2017, 1, 24), Jan30_2017, TimePrecision.Week), (e.First!.Value, e.Last!.Value, e.Precision));
        Assert.Equal(TimePrecision.Unknown, TemporalDater.ForSentence("Clashes are ongoing.", null).Precision);
    }
}
