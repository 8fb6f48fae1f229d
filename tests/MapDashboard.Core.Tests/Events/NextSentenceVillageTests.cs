namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 23 (issue 22, location): a report that opens at a region and names, in its next sentence, a village inside
/// it for an event of the same days is placed at the village (EventLocationNextSentence). Sentences written for these
/// tests, over the invented places of <see cref="LocationFixture"/>.
/// </summary>
public class NextSentenceVillageTests
{
    private static (string? Id, int Precision) First(string text) =>
        LocationFixture.Code(text).Select(e => (e.Location?.Id, e.Precision)).First();

    [Fact]
    public void AGovernorateCountrysideThenAStrikeOnAVillageInIt_IsAtTheVillage() =>
        Assert.Equal(("t:umm-jarad-idlib", 1), First("Battles broke out in the southern Idlib countryside on Saturday. Government jets bombed Umm Jarad."));

    [Fact]
    public void ACompassPartThenAnAttackOnAVillageInIt_IsAtTheVillage() =>
        Assert.Equal(("t:jubb-qamar", 1), First("Clashes were reported in eastern Hama. Insurgents attacked a checkpoint in Jubb Qamar."));

    [Fact]
    public void ATownsCountrysideThenShellingOfAVillageBesideIt_IsAtTheVillage() =>
        Assert.Equal(("t:skra-sy", 1), First("Heavy fighting erupted in the Bir Salim countryside. Rebels shelled Skra during the battle."));

    [Fact]
    public void AVillageOutsideTheRegion_LeavesTheRegion() =>
        Assert.Equal(("t:raqqa-city", 2), First("Clashes took place in the Raqqa countryside. Jets also struck Jubb Qamar in Hama."));

    [Fact]
    public void AVillageFarFromTheTownWhoseCountrysideOpened_LeavesTheTown() =>
        Assert.Equal("t:ariha", First("Fighting flared in the Ariha countryside. Rebels shelled Kafr Ward.").Id);
}
