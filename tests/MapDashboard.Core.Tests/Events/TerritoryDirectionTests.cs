using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>Issue 22, direction of territorial change: who gained a place when the report names the side only by a word for its kind, names the holder of a place that fell, or names the ground taken without a place.</summary>
public class TerritoryDirectionTests
{
    private static bool IsCapture(CodedEvent e) => e.SubType is EventType.GovernmentRegainsTerritory or EventType.NonStateActorOvertakesTerritory;

    [Theory]
    [InlineData("Clashes broke out between the army and HTS fighters near Latamna. The militants seized the town.", "hayat-tahrir-al-sham")]
    [InlineData("HTS and regime forces fought in Latamna. The soldiers captured the town.", "saa")]
    [InlineData("Turkish forces clashed with the SDF in Sarrin. Later, the troops took control of the town.", "turkish-armed-forces")]
    [InlineData("IS fighters battled the army near Arak. The jihadists overran the town.", "islamic-state")]
    public void ASideWordAfterATwoSidedBattle_StandsForTheSideItFits(string text, string gainer)
    {
        var capture = Assert.Single(CodingBattery.Code(text), IsCapture);

        Assert.Equal(gainer, capture.Actor1);
    }

    [Fact]
    public void ASideWordWithNoBattleBefore_IsNotResolvedToASideNamedBefore()
    {
        var events = CodingBattery.Code("HTS and the army sent reinforcements to Morek. The jihadists captured the town.");

        Assert.DoesNotContain(events, e => IsCapture(e) && e.Actor1 == "hayat-tahrir-al-sham");
    }

    [Theory]
    [InlineData("The IS-held town of Arak fell after clashes with the army.", "saa", "islamic-state")]
    [InlineData("The government-held village of Kafr Nabl fell on Monday after heavy fighting with the rebels.", "rebels", "saa")]
    [InlineData("The HTS-controlled town of Sarmada fell after two days of clashes with rebel factions.", "rebels", "hayat-tahrir-al-sham")]
    public void APlaceThatFellWithItsHolderNamed_GoesToTheOtherSideOfTheBattle(string text, string gainer, string loser)
    {
        var e = CodingBattery.Code(text).First();

        Assert.Equal((gainer, loser), (e.Actor1, e.Actor2));
        Assert.Equal(gainer, e.ControlChange?.NewController);
    }

    [Theory]
    [InlineData("Kafr Nabl fell after three days of fighting between the army and the rebels.")]
    [InlineData("The IS-held town of Mayadin fell silent after the clashes with the army.")]
    [InlineData("The town of Tafas fell after a week of clashes.")]
    [InlineData("Rockets fired from the IS-held town of Arak fell on army positions in Palmyra.")]
    [InlineData("Shells launched from the rebel-held village of Latamna fell near army posts in Morek.")]
    public void AFallWithoutItsHolderOrWithAnotherVerb_GainsNothing(string text) =>
        Assert.DoesNotContain(CodingBattery.Code(text), e => e.ControlChange is not null || IsCapture(e));

    [Theory]
    [InlineData("Clashes between the army and IS continued near Palmyra. Government forces seized hills overlooking the road.", "saa")]
    [InlineData("Rebels fought IS near Nawa on Friday. The rebels were able to take control of positions near the valley.", "rebels")]
    [InlineData("The SDF and IS clashed around Busayrah. SDF fighters captured oil fields east of the river.", "sdf")]
    public void BarePluralGroundTakenRightAfterABattle_IsACaptureAroundTheBattlesPlace(string text, string gainer)
    {
        var e = CodingBattery.Code(text).First();

        Assert.True(IsCapture(e), e.SubType);
        Assert.Equal(gainer, e.Actor1);
    }

    [Theory]
    [InlineData("Clashes between the army and IS continued near Palmyra. The army launched an assault to seize hills overlooking the road.")]
    [InlineData("The army shelled Palmyra on Friday. Government forces seized hills overlooking the road.")]
    [InlineData("Clashes between the army and IS took place near Palmyra. Rebels seized villages along the border.")]
    public void BarePluralGroundAsAnAimOrAfterNoBattle_IsNoCapture(string text) =>
        Assert.DoesNotContain(CodingBattery.Code(text), IsCapture);

    [Theory]
    [InlineData("Kafr Nabl is now under HTS after three days of fighting with the army.", "hayat-tahrir-al-sham")]
    [InlineData("Following clashes with IS, Sukhnah is now fully under the army.", "saa")]
    [InlineData("The town of Tabqa came under the SDF after clashes with IS.", "sdf")]
    public void NowUnderASide_IsItsCapture(string text, string gainer)
    {
        var e = CodingBattery.Code(text).First();

        Assert.True(IsCapture(e), e.SubType);
        Assert.Equal(gainer, e.ControlChange?.NewController);
    }

    [Theory]
    [InlineData("Kafr Nabl is now under siege by the army after clashes with HTS.")]
    [InlineData("The town of Tabqa came under fire from IS positions.")]
    [InlineData("Sukhnah came under heavy shelling by the army.")]
    [InlineData("Army positions near Arak came under IS attack on Monday.")]
    [InlineData("The village of Dael came under HTS fire after clashes with the rebels.")]
    public void UnderSiegeFireOrShelling_IsNoCapture(string text) =>
        Assert.DoesNotContain(CodingBattery.Code(text), IsCapture);
}
