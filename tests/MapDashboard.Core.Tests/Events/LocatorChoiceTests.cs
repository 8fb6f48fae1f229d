namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Issue 22 (session 16): where the first event of a sentence is drawn when its place's reading or anchor lies where the
/// text's own locator does not put it (sentences written for these tests, over the invented places of <see cref="LocationFixture"/>).
/// </summary>
public class LocatorChoiceTests
{
    private static (string? Id, int Precision) First(string text)
    {
        var e = LocationFixture.Code(text).First();
        return (e.Location?.Id, e.Precision);
    }

    [Fact]
    public void VillageOfDamascus_WithItsOnlyReadingInDaraa_IsDrawnAtDamascus() =>
        Assert.Equal(("t:damascus", 2), First("Gunmen killed a policeman in Harat Nur of Damascus on Tuesday."));

    [Fact]
    public void VillageOfDaraa_KeepsItsReadingInDaraa() =>
        Assert.Equal(("t:harat-nur-daraa", 1), First("Gunmen killed a policeman in Harat Nur of Daraa on Tuesday."));

    [Fact]
    public void UnknownVillageInEasternHama_IsNotDrawnNearAPointOfRaqqaNamedAfterIt() =>
        Assert.Equal(("t:hama-city", 2), First("The army retook Kharab Salim village in eastern Hama, and IS later struck Tall Nasr."));

    [Fact]
    public void UnknownVillageInTheArihaDistrict_IsDrawnAtTheDistrictSeat_NotAFarTown() =>
        Assert.Equal(("t:ariha", 2), First("Rebels captured Kharab Salim in the Ariha district as well as Zuhur."));

    [Fact]
    public void PlaceListedInsideAGovernorate_WithItsOnlyReadingFarOff_IsDrawnAtTheGovernoratesSeat() =>
        Assert.Equal(("t:hama-city", 2), First("Rebels overran several villages in Hama, notably Khirbat Daraj."));

    [Fact]
    public void PlaceListedInsideAGovernorate_KeepsItsReadingThere() =>
        Assert.Equal(("t:tall-nasr", 1), First("The SDF took several villages in Raqqa, such as Tall Nasr."));

    [Fact]
    public void VillageEastOfATown_WithItsOnlyReadingFarWestOfIt_IsDrawnNearTheTown() =>
        Assert.Equal(("t:bir-salim", 2), First("Clashes erupted in Jubb Ruman, a village north-east of Bir Salim."));

    [Fact]
    public void VillageWestOfATown_KeepsItsReadingWestOfIt() =>
        Assert.Equal(("t:jubb-ruman", 1), First("Clashes erupted in Jubb Ruman, a village south-west of Bir Salim."));

    [Fact]
    public void PlaceOfAWhereClauseAfterAGovernorateRegion_WithItsOnlyReadingFarOff_IsDrawnAtTheSeat() =>
        Assert.Equal(("t:raqqa-city", 2), First("Battles raged in the northern Raqqa countryside, where the SDF seized Jisr Warda."));

    [Fact]
    public void PlaceOfAWhereClauseAfterTwoRegions_KeepsItsReading() =>
        Assert.Equal(("t:jisr-warda", 1), First("Battles raged in the Raqqa and Idlib countrysides, where the SDF seized Jisr Warda."));

    [Fact]
    public void VillageOverTheLineOnTheOtherSide_IsDrawnAtTheSeat() =>
        Assert.Equal(("t:hama-city", 2), First("Shelling hit Umm Khirsa in the western countryside of Hama."));

    [Fact]
    public void VillageOverTheLineOnTheNamedSide_IsKept() =>
        Assert.Equal(("t:umm-khirsa-raqqa", 1), First("Shelling hit Umm Khirsa in the eastern countryside of Hama."));
}
