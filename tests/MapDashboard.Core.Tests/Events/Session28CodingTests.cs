using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 28 (issue 22): the largest cause of the held-out failures, the one acted on (actor 2) not read from the thing a
/// violent act hits or from its unarmed victims; each rule with three sentences of our own and a negative case
/// (EventTaxonomy.md, "Session 28").
/// </summary>
public class Session28CodingTests
{
    private static CodedEvent First(string text) => CodingBattery.Code(text).First();

    [Theory]
    [InlineData("A roadside bomb struck an army minibus near Palmyra.", "saa")]
    [InlineData("Russian jets bombed rebel tunnels near Kafr Nabl.", "rebels")]
    [InlineData("The army shelled opposition-held Latamna on Sunday.", "rebels")]
    public void ASidesAdjectiveFirstInTheObjectOfAViolentAct_IsTheSideHit(string text, string hit)
    {
        var e = First(text);

        Assert.Equal(hit, e.Actor2);
        Assert.NotEqual(hit, e.Actor1);
    }

    [Fact]
    public void ASidesAdjectiveOutsideTheObject_IsNotTheSideHit() =>
        Assert.NotEqual("rebels", First("Russian jets struck near Kafr Nabl while rebel leaders were meeting.").Actor2);

    [Fact]
    public void ASidesAdjectiveBeforeAPlaceOfUnarmedPeople_IsNotTheSideHit() =>
        Assert.NotEqual("saa", First("Rebel rockets hit a government school in Aleppo.").Actor2);

    [Theory]
    [InlineData("A landmine buried by the jihadists killed three shepherds near Palmyra.")]
    [InlineData("Mortar shells fired by regime soldiers wounded five pupils in Daraa.")]
    [InlineData("An explosive device placed by Islamic State militants injured a shepherd near Sukhnah.")]
    public void CombatantWordsOfTheAgentPhrase_DoNotKeepTheUnarmedVictimsOut(string text) =>
        Assert.Equal("civilians", First(text).Actor2);

    [Fact]
    public void CombatantVictims_StillKeepTheCiviliansOut() =>
        Assert.NotEqual("civilians", First("A landmine buried by the jihadists killed three soldiers near Palmyra.").Actor2);

    [Theory]
    [InlineData("A roadside bomb went off in Palmyra on Monday, killing three soldiers.", "saa")]
    [InlineData("A car bomb exploded outside a mosque in Homs, wounding two soldiers.", "saa")]
    [InlineData("Shells landed in Kafr Nabl overnight, killing four rebel fighters.", "rebels")]
    public void ASideNamedInAClauseOfCasualties_IsTheSideHit(string text, string hit)
    {
        var e = First(text);

        Assert.Equal(hit, e.Actor2);
        Assert.NotEqual(hit, e.Actor1);
    }

    [Fact]
    public void TheSubjectBeforeTheTrigger_StillFiresThoughAClauseOfCasualtiesFollows()
    {
        var e = First("The army shelled Kafr Nabl overnight, killing four civilians.");

        Assert.Equal(("saa", "civilians"), (e.Actor1, e.Actor2));
    }

    [Theory]
    [InlineData("A mine exploded near Palmyra, killing a shepherd and his two sons.", 3)]
    [InlineData("Shelling killed a teacher and her husband in Daraa on Sunday.", 2)]
    [InlineData("An air strike on Kafr Nabl killed a woman and her three children.", 4)]
    public void APersonAndHisOrHerRelatives_AreEachCounted(string text, int dead) =>
        Assert.Equal(dead, First(text).Fatalities);

    [Fact]
    public void ARelativeWoundedNotKilled_IsNotCounted() =>
        Assert.Equal(1, First("Shelling on Daraa killed a farmer and wounded his son.").Fatalities);

    [Theory]
    [InlineData("The death toll from Friday's air strikes on Saraqib has risen to 14, a monitor said.", 14)]
    [InlineData("The toll of the explosion in Jarabulus climbed to seven overnight.", 7)]
    [InlineData("The death toll in the shelling of Douma reached 19 on Sunday.", 19)]
    public void ADeathTollThatRoseToANumber_IsTheCount(string text, int dead) =>
        Assert.Equal(dead, First(text).Fatalities);

    [Fact]
    public void ATollOfTheInjured_IsNoCountOfTheDead() =>
        Assert.NotEqual(30, First("The toll of injured from the shelling of Douma rose to 30.").Fatalities);
}
