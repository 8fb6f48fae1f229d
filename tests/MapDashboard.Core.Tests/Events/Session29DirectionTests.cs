using MapDashboard.Core.Events;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 29 (issue 22, direction): the place a capture's definite settlement noun takes back ("fighting near X, and the
/// SDF took the town"), and a capture taken back by another side later the same day after a semicolon or in the next
/// sentence, and a loss or withdrawal told by its own subject in a second clause ("A fought B in X, and B lost control of
/// X") (EventTaxonomy.md, "Session 29"); three sentences of our own per rule and negative cases.
/// </summary>
public class Session29DirectionTests
{
    [Theory]
    [InlineData("Islamic State fighters ambushed an army convoy near Qaryatayn and then captured the town.", "islamic-state", "Qaryatayn")]
    [InlineData("Hayat Tahrir al-Sham clashed with the army in Kafr Halab and seized the village after two days.", "hayat-tahrir-al-sham", "Kafr Halab")]
    [InlineData("The army fought rebels around Kafr Nabl for three days and took control of the town on Friday.", "saa", "Kafr Nabl")]
    public void ACapturesDefiniteTownNoun_TakesThePlaceNamedWhereTheFightingWas(string text, string gainer, string place)
    {
        var events = CodingBattery.Code(text);

        Assert.Contains(events, e => e.ControlChange is { Contested: false } c && c.NewController == gainer && e.Location?.Name == place);
    }

    [Theory]
    [InlineData("Rebels clashed with the army near Nawa and captured the town of Jasim.", "Nawa")]
    [InlineData("The SDF attacked Islamic State positions near Hasakah and seized a village.", "Hasakah")]
    [InlineData("Rebels attacked army positions near Dael but failed to take the town.", "Dael")]
    [InlineData("Rebels fought the army near Tafas and took the village near Dael.", "Tafas")]
    public void AnotherTownAnIndefiniteOneOrAFailedCapture_DrawsNoChangeAtThePlaceOfTheFighting(string text, string place)
    {
        var events = CodingBattery.Code(text);

        Assert.DoesNotContain(events, e => e.ControlChange is { Contested: false } && e.Location?.Name == place);
    }

    [Theory]
    [InlineData("Hayat Tahrir al-Sham captured Hish at dawn; government troops took it back before noon.")]
    [InlineData("The Islamic State seized Arak on Tuesday. The army recaptured the town later that day.")]
    [InlineData("Turkish-backed factions entered Sarrin in the morning. By nightfall SDF fighters had retaken the town.")]
    public void ACaptureTakenBackByAnotherSideTheSameDay_IsTheBattleWithoutAChangeOfHands(string text)
    {
        var e = CodingBattery.Code(text).First();

        Assert.Equal(EventType.ArmedClash, e.SubType);
        Assert.True(e.ControlChange is null or { Contested: true });
    }

    [Theory]
    [InlineData("Rebels captured Morek on Monday. The army retook the town on Thursday.", "rebels")]
    [InlineData("Rebels captured Morek at dawn; the army retook Latamna by nightfall.", "rebels")]
    [InlineData("The SDF seized Sarrin in the morning. Hours later the SDF retook the village of Kobani.", "sdf")]
    public void TakenBackOnAnotherDayOrAnotherPlaceTakenOrTheSameSide_TheCaptureStands(string text, string gainer) =>
        Assert.Equal(gainer, CodingBattery.Code(text).First().ControlChange is { Contested: false } c ? c.NewController : null);

    [Theory]
    [InlineData("Turkish-backed factions clashed with the SDF in Tal Tamr, and the SDF lost control of Tal Tamr by the evening.", "syrian-national-army", "sdf")]
    [InlineData("The army fought Hayat Tahrir al-Sham around Khan Shaykhun, as HTS lost control of the town.", "saa", "hayat-tahrir-al-sham")]
    [InlineData("Rebels shelled army positions in Morek, and government troops withdrew from Morek after nightfall.", "rebels", "saa")]
    public void ALossToldByTheSubjectOfASecondClause_IsThatSubjectsLoss(string text, string gainer, string loser)
    {
        var e = CodingBattery.Code(text).First();

        Assert.Equal((gainer, loser), (e.Actor1, e.Actor2));
        Assert.Equal(gainer, e.ControlChange?.NewController);
    }

    [Theory]
    [InlineData("Rebels lost Morek to the army on Monday.", "saa")]
    [InlineData("Rebels clashed with the army in Morek, and the rebels later took control of Morek.", "rebels")]
    [InlineData("The SDF withdrew from Manbij, and Turkish-backed factions entered the town.", "syrian-national-army")]
    public void ALossInOneClauseOrACaptureInTheSecond_KeepsItsSides(string text, string gainer) =>
        Assert.Equal(gainer, CodingBattery.Code(text).First().ControlChange?.NewController);
}
