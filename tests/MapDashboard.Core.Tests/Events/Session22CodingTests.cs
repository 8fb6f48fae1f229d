using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 22 (issue 22): the rules of EventRefinements and the lexicon rows added for wordings nobody here had written
/// before, each on sentences of our own about invented situations.
/// </summary>
public class Session22CodingTests
{
    [Theory]
    [InlineData("A drone dropped two bombs on a Hezbollah vehicle near Qusayr.", EventType.AirDroneStrike, "hezbollah")]
    [InlineData("Unmarked jets struck Islamic State positions near Sukhnah.", EventType.AirDroneStrike, "islamic-state")]
    [InlineData("A bomb exploded as an SDF convoy drove past near Tabqa.", EventType.RemoteExplosive, "sdf")]
    public void ASideNamedAfterARemoteViolenceVerb_IsTheOneHit(string text, string subType, string hit)
    {
        var e = CodingBattery.Code(text).First();

        Assert.Equal((subType, null, hit), (e.SubType, e.Actor1, e.Actor2));
    }

    [Fact]
    public void TheSubjectAfterAnOpeningParticipleClause_StaysTheOneFiring()
    {
        var e = CodingBattery.Code("After shelling Nawa and Jasim, the army pulled its guns back.").First();

        Assert.Equal((EventType.Shelling, "saa"), (e.SubType, e.Actor1));
    }

    [Theory]
    [InlineData("Russian helicopters fired rockets at rebel positions near Morek.")]
    [InlineData("Government helicopters fired missiles at Kafr Zita on Monday.")]
    [InlineData("Syrian jets carried out a raid on Latamna.")]
    public void AnAircraftAsTheSubject_MakesFiringOrARaidAnAirStrike(string text) =>
        Assert.Equal(EventType.AirDroneStrike, CodingBattery.Code(text).First().SubType);

    [Fact]
    public void AnAircraftNamedAsSupport_LeavesTheShellingShelling() =>
        Assert.Equal(EventType.Shelling, CodingBattery.Code("Rebels, backed by Turkish drones, shelled army positions near Tall Rifaat.").First().SubType);

    [Theory]
    [InlineData("Villagers lynched a man accused of theft in Nawa.")]
    [InlineData("Residents beat a young man to death in Jasim.")]
    [InlineData("Angry villagers stabbed a shepherd in Dael.")]
    public void AnAttackByCivilians_IsMobViolence(string text) =>
        Assert.Equal(EventType.MobViolence, CodingBattery.Code(text).First().SubType);

    [Fact]
    public void ACivilianKilledInThePassive_StaysAnAttack() =>
        Assert.Equal(EventType.Attack, CodingBattery.Code("A shepherd was shot dead by a sniper near Dael.").First().SubType);

    [Theory]
    [InlineData("HTS has not captured Sarmada.")]
    [InlineData("The army never entered Douma.")]
    [InlineData("Turkish-backed factions did not take Tal Tamr, a spokesman said.")]
    public void ACaptureDeniedOutright_IsNoEvent(string text) => Assert.Empty(CodingBattery.Code(text));

    [Fact]
    public void ACaptureThatFailed_IsStillTheBattle() =>
        Assert.Equal(EventType.ArmedClash, CodingBattery.Code("The rebels failed to capture Morek.").First().SubType);

    [Theory]
    [InlineData("The army, which lost Jisr al-Shughur in 2015, shelled the town on Friday.", EventType.Shelling)]
    [InlineData("Rebels, who captured Idlib in 2015, clashed with the army near Latamna on Monday.", EventType.ArmedClash)]
    [InlineData("Manbij, which the SDF captured in 2016, was shelled by Turkish artillery on Sunday.", EventType.Shelling)]
    public void ATriggerInARelativeClauseDatedToAnEarlierYear_IsHistory(string text, string subType) =>
        Assert.Equal(subType, CodingBattery.Code(text).First().SubType);

    [Theory]
    [InlineData("Two gunmen blew themselves up at a checkpoint in Azaz.", EventType.SuicideBomb)]
    [InlineData("A suicide car bomber rammed a police station in Jarabulus.", EventType.SuicideBomb)]
    [InlineData("Doctors said patients in Latamna showed signs of exposure to a nerve agent.", EventType.ChemicalWeapon)]
    [InlineData("Witnesses described mustard gas shells landing in Kafr Zita.", EventType.ChemicalWeapon)]
    [InlineData("Islamic State militants beheaded two shepherds near Sukhnah.", EventType.Attack)]
    [InlineData("The group hanged a pharmacist in Mayadin.", EventType.Attack)]
    [InlineData("Armed men snatched a teacher outside his school in Jasim.", EventType.AbductionForcedDisappearance)]
    [InlineData("Gunmen snatched two truck drivers near Qaryatayn.", EventType.AbductionForcedDisappearance)]
    [InlineData("Turkish howitzers hit villages around Tall Rifaat.", EventType.Shelling)]
    [InlineData("Mortar rounds fell on a market in Salamiyah.", EventType.Shelling)]
    [InlineData("Police uncovered a cache of mortar shells in Azaz.", EventType.DisruptedWeaponsUse)]
    [InlineData("The SDF seized a cache of rockets near Hasakah.", EventType.DisruptedWeaponsUse)]
    [InlineData("Houses in Tall Rifaat were looted on Monday.", EventType.Looting)]
    [InlineData("The governor's office in Daraa was ransacked overnight.", EventType.Looting)]
    [InlineData("Several homes were demolished in Afrin on Sunday.", EventType.Looting)]
    [InlineData("Gunmen killed a local council member in Jasim.", EventType.Attack)]
    [InlineData("Unknown assailants shot dead two council members near Dael.", EventType.Attack)]
    [InlineData("Hundreds marched in Idlib to condemn the shelling of the town.", EventType.PeacefulProtest)]
    [InlineData("Residents of Suwayda protested to denounce the killing of a doctor.", EventType.PeacefulProtest)]
    public void Session22LexiconRows_CodeTheirSubType(string text, string subType) =>
        Assert.Equal(subType, CodingBattery.Code(text).First().SubType);

    [Theory]
    [InlineData("Rebel rockets hit a bakery in Salamiyah.", "rebels")]
    [InlineData("Turkish howitzers shelled villages around Tall Rifaat overnight.", "turkish-armed-forces")]
    [InlineData("Regime warplanes bombed Kafr Zita at dawn.", "saa")]
    public void ASideAdjectiveBeforeAWeaponNoun_IsTheOneFiring(string text, string actor1) =>
        Assert.Equal(actor1, CodingBattery.Code(text).First().Actor1);

    [Theory]
    [InlineData("Islamic State militants beheaded two farmers near Sukhnah.", 2)]
    [InlineData("A mob lynched a young man in Azaz.", 1)]
    [InlineData("Gunmen beat to death three shepherds near Qaryatayn.", 3)]
    [InlineData("Unknown gunmen shot dead two shepherds near Dael.", 2)]
    [InlineData("Masked gunmen gunned down four farmers near Dael.", 4)]
    public void AKillingNamedByItsManner_CountsItsVictims(string text, int dead) =>
        Assert.Equal(dead, CodingBattery.Code(text).First().Fatalities);

    [Theory]
    [InlineData("Police killed two demonstrators at a rally in Hasakah.")]
    [InlineData("Security forces gunned down a protester during a demonstration in Jasim.")]
    [InlineData("Troops shot dead four protesters at a sit-in in Salamiyah.")]
    public void KillingProtesters_IsExcessiveForce(string text) =>
        Assert.Equal(EventType.ExcessiveForce, CodingBattery.Code(text).First().SubType);

    [Theory]
    [InlineData("Police detained dozens of demonstrators at a sit-in in Latakia.")]
    [InlineData("Security forces arrested several protesters during a rally in Homs.")]
    [InlineData("Troops rounded up ten marchers at a demonstration in Nawa.")]
    public void DetainingProtesters_IsAProtestWithIntervention(string text) =>
        Assert.Equal(EventType.ProtestWithIntervention, CodingBattery.Code(text).First().SubType);

    [Theory]
    [InlineData("Gunmen snatched a businessman outside his shop in Suwayda.", EventType.AbductionForcedDisappearance)]
    [InlineData("Unknown attackers shot dead a judge in Daraa.", EventType.Attack)]
    [InlineData("Masked men kidnapped a contractor near Qaryatayn.", EventType.AbductionForcedDisappearance)]
    public void MoreOccupations_AreUnarmedPeople(string text, string subType) =>
        Assert.Equal(subType, CodingBattery.Code(text).First().SubType);
}
