using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 28b (issue 22): which trigger codes a report when a capture stands beside the other side's withdrawal
/// (EventTaxonomy.md, "Session 28b"); three sentences of our own and negative cases.
/// </summary>
public class Session28bCodingTests
{
    private static CodedEvent First(string text) => CodingBattery.Code(text).First();

    [Theory]
    [InlineData("Islamic State fighters pulled back from Sarrin after Kurdish-led SDF units seized the town.", "Non-state actor overtakes territory", "sdf", "islamic-state")]
    [InlineData("The rebels retreated from Dael, which government troops recaptured on Sunday.", "Government regains territory", "saa", "rebels")]
    [InlineData("Regime forces withdrew from Busra al-Sham; rebel fighters captured the town within hours.", "Non-state actor overtakes territory", "rebels", "saa")]
    public void ACaptureBesideTheOtherSidesWithdrawal_CodesTheReportAsTheCapture(string text, string subType, string gainer, string loser)
    {
        var e = First(text);

        Assert.Equal(subType, e.SubType);
        Assert.Equal(gainer, e.Actor1);
        Assert.Equal(loser, e.Actor2);
        Assert.Equal(gainer, e.ControlChange?.NewController);
    }

    [Fact]
    public void AWithdrawalUnderADeal_StaysATransferBesideACapture() =>
        Assert.Equal("Non-violent transfer of territory", First("Rebels pulled out of Dael under an agreement, and government troops seized the town.").SubType);

    [Fact]
    public void ACaptureNegatedInItsClause_DoesNotTakeOverTheWithdrawal() =>
        Assert.Equal("Non-violent transfer of territory", First("Islamic State fighters withdrew from Sarrin, but the SDF has not captured the town.").SubType);

    [Theory]
    [InlineData("Rebels and government troops fought in Dael for five days. On Wednesday the rebels captured Dael.", "Non-state actor overtakes territory", "rebels")]
    [InlineData("Heavy fighting raged around Sarrin for a week. On Monday the SDF recaptured Sarrin.", "Non-state actor overtakes territory", "sdf")]
    [InlineData("The army and Islamic State fighters battled in Salamiyah for three days. On Thursday the army seized Salamiyah.", "Government regains territory", "saa")]
    public void DaysOfFightingThenACaptureOfThePlaceOnADayInsideThem_LeadWithTheCapture(string text, string subType, string gainer)
    {
        var events = CodingBattery.Code(text);

        Assert.Equal(2, events.Count);
        Assert.Equal(subType, events[0].SubType);
        Assert.Equal("Armed clash", events[1].SubType);
        Assert.Equal(gainer, events[0].Actor1);
    }

    [Fact]
    public void DaysOfFightingThenACaptureOfAnotherPlace_StayTwoEventsTheBattleFirst()
    {
        var events = CodingBattery.Code("Rebels and government troops fought in Dael for five days. On Wednesday the rebels captured Tafas.");

        Assert.Equal(2, events.Count);
        Assert.Equal("Armed clash", events[0].SubType);
    }

    [Theory]
    [InlineData("Rebels and government troops fought in Dael for five days. On Wednesday the army shelled Dael.", "Shelling/artillery/missile attack")]
    [InlineData("Heavy fighting raged around Sarrin for a week between the SDF and Islamic State. On Monday the SDF set up a new base near Sarrin.", "Headquarters or base established")]
    [InlineData("The army and Islamic State fighters battled in Salamiyah for three days. On Thursday the army arrested two men in Salamiyah.", "Arrests")]
    public void DaysOfFightingThenAnotherActAtThePlace_TheBattleStaysFirst(string text, string secondSubType)
    {
        // Only a territorial change ends the days of fighting; any other act of one of the sides inside the span keeps its order.
        var events = CodingBattery.Code(text);

        Assert.Equal("Armed clash", events[0].SubType);
        Assert.Contains(events.Skip(1), e => e.SubType == secondSubType);
    }
}
