using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 23 (issue 22): general rules for the kinds of wording the fresh held-out rows of session 22 failed on, each
/// with three sentences of our own (EventTaxonomy.md, "Session 23").
/// </summary>
public class Session23CodingTests
{
    private static CodedEvent First(string text) => CodingBattery.Code(text).First();

    [Theory]
    [InlineData("Armed men shot dead a doctor in Homs.", EventType.Attack)]
    [InlineData("Armed men stopped a bus near Palmyra and kidnapped four passengers.", EventType.AbductionForcedDisappearance)]
    [InlineData("Two armed men on a motorcycle killed a nurse in Idlib.", EventType.Attack)]
    public void ArmedMen_AreAnUnidentifiedArmedGroup(string text, string subType)
    {
        var e = First(text);
        Assert.Equal((subType, "unidentified-armed-group"), (e.SubType, e.Actor1));
    }

    [Theory]
    [InlineData("Rebels and the army exchanged intense artillery fire near Morek.")]
    [InlineData("SDF fighters and Turkish troops traded sporadic machine-gun fire near Kobani.")]
    [InlineData("Hezbollah and rebel fighters were exchanging heavy gunfire near Qusayr.")]
    public void FireExchangedWithModifiers_IsAnArmedClash(string text) =>
        Assert.Equal(EventType.ArmedClash, First(text).SubType);

    [Theory]
    [InlineData("HTS and the army exchanged detainees near Saraqib.")]
    [InlineData("The SDF and the rebels swapped captives in Manbij.")]
    [InlineData("Rebels and Hezbollah traded prisoners near Qusayr.")]
    public void PrisonersExchanged_IsAnAgreement(string text) =>
        Assert.Equal(EventType.Agreement, First(text).SubType);

    [Theory]
    [InlineData("The rebels ceded Sanamayn to the army under a local deal.")]
    [InlineData("The SDF handed Tabqa over to government forces.")]
    [InlineData("Islamic State fighters surrendered the town of Arak to the army.")]
    public void PlaceCededOrHandedOver_IsANonViolentTransfer(string text) =>
        Assert.Equal(EventType.NonViolentTransfer, First(text).SubType);

    [Theory]
    [InlineData("Under the truce, Sanamayn was ceded to government forces by the rebels.")]
    [InlineData("The town of Arak was surrendered to the army by Islamic State fighters.")]
    [InlineData("Last week Tabqa was handed back to the government by the SDF.")]
    public void PlaceCededInThePassive_IsANonViolentTransfer(string text) =>
        Assert.Equal(EventType.NonViolentTransfer, First(text).SubType);

    [Fact]
    public void FightersSurrenderingThemselves_AreNoTransfer() =>
        Assert.DoesNotContain(CodingBattery.Code("Rebel fighters surrendered to the army in Daraa."), e => e.SubType == EventType.NonViolentTransfer);

    [Theory]
    [InlineData("A car bomb attack on a checkpoint in Azaz was foiled by police.")]
    [InlineData("A planned suicide bombing in Homs was thwarted by security forces.")]
    [InlineData("Security forces foiled a suicide attack in Qamishli.")]
    public void RemoteAttackFoiled_IsDisruptedWeaponsUse(string text) =>
        Assert.Equal(EventType.DisruptedWeaponsUse, First(text).SubType);

    [Theory]
    [InlineData("A crowd torched the house of a suspected informant in Daraa.")]
    [InlineData("Villagers burned the cars of a rival clan near Afrin.")]
    [InlineData("Residents set fire to the shops of migrant workers in Azaz.")]
    public void CrowdBurningPeoplesProperty_IsMobViolence(string text) =>
        Assert.Equal(EventType.MobViolence, First(text).SubType);

    [Theory]
    [InlineData("Rioters set fire to a police station in Suwayda.")]
    [InlineData("Demonstrators torched a government car in Daraa.")]
    public void RiotersOrDemonstratorsBurning_StayAViolentDemonstration(string text) =>
        Assert.Equal(EventType.ViolentDemonstration, First(text).SubType);

    [Theory]
    [InlineData("Malian soldiers retook Gao after clashes with jihadists.")]
    [InlineData("Kirkuk was retaken by Iraqi security forces on Sunday.")]
    [InlineData("Ukrainian troops took back Kharkiv airport.")]
    public void AnotherCountrysForcesRetakingGround_IsGovernmentRegainsTerritory(string text) =>
        Assert.Equal(EventType.GovernmentRegainsTerritory, First(text).SubType);

    [Fact]
    public void RebelsRetakingGroundFromAnotherCountrysForces_StayNonState() =>
        Assert.Equal(EventType.NonStateActorOvertakesTerritory, First("Islamic State fighters captured Ramadi from Iraqi troops.").SubType);

    [Fact]
    public void RelativeClauseDatedLastYearOrYearsAgo_IsHistory()
    {
        var e = First("The SDF, which captured Tabqa two years ago, shelled Islamic State positions near Raqqa.");
        Assert.Equal((EventType.Shelling, "sdf"), (e.SubType, e.Actor1));
        var clash = First("The SDF, whose fighters had been driven out of Manbij years ago, clashed with Turkish-backed factions near Tal Tamr.");
        Assert.Equal((EventType.ArmedClash, "sdf"), (clash.SubType, clash.Actor1));
    }

    [Theory]
    [InlineData("Since the rebels seized Kafr Nabl in 2012, the town has hosted a weekly market.")]
    [InlineData("Afrin has been held by Turkish-backed factions since they captured it in 2018.")]
    [InlineData("Since the army retook Busra al-Sham last year, its market has reopened.")]
    public void SinceClauseOfAnEarlierYear_IsHistory(string text) =>
        Assert.Empty(CodingBattery.Code(text));

    [Fact]
    public void SinceClauseWithoutAnEarlierYear_StaysTheNews() =>
        Assert.Equal(EventType.Shelling, First("The army has shelled Latamna since Monday.").SubType);

    [Theory]
    [InlineData("Two soldiers were killed when Islamic State militants ambushed their patrol near Sukhnah.", "islamic-state", "saa")]
    [InlineData("Five rebels died when a landmine exploded near Latamna.", null, "rebels")]
    [InlineData("Three SDF fighters were wounded when Turkish drones struck their vehicle near Kobani.", "turkish-armed-forces", "sdf")]
    public void VictimsWereKilledWhen_AreActor2AndTheWhenClauseActs(string text, string? actor1, string actor2)
    {
        var e = First(text);
        Assert.Equal((actor1, actor2), (e.Actor1, e.Actor2));
    }

    [Theory]
    [InlineData("Islamic State fighters withdrew from Mayadin after the army entered the city.", EventType.GovernmentRegainsTerritory, "saa")]
    [InlineData("The rebels retreated from Kafr Zita as government troops entered the town.", EventType.GovernmentRegainsTerritory, "saa")]
    [InlineData("Army units pulled out of Hish when HTS fighters entered the village.", EventType.NonStateActorOvertakesTerritory, "hayat-tahrir-al-sham")]
    public void WithdrawalAsTheOtherSideEntered_IsThatSidesCapture(string text, string subType, string gainer)
    {
        var e = First(text);
        Assert.Equal((subType, gainer, gainer), (e.SubType, e.Actor1, e.ControlChange?.NewController));
    }

    [Fact]
    public void WithdrawalWithoutAFightAsTheOtherSideEntered_StaysATransfer() =>
        Assert.Equal(EventType.NonViolentTransfer, First("The rebels withdrew from Dael without a fight after the army entered the town.").SubType);

    [Theory]
    [InlineData("Police opened fire on demonstrators in Homs, killing two.")]
    [InlineData("Security forces shot dead two marchers in Mandalay.")]
    [InlineData("Soldiers gunned down three protesters in Benghazi.")]
    public void ForceOnProtestersNamedAsTheObject_IsExcessiveForce(string text) =>
        Assert.Equal(EventType.ExcessiveForce, First(text).SubType);
}
