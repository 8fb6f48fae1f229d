namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 21 (issue 22): a place named only to say where the event's place lies ("in A near B", "around A, east of B",
/// "in the vicinity of A in B's countryside") adds no event of its own; places joined by "and" or listed are each an event.
/// Sentences written for these tests, over the invented places of <see cref="LocationFixture"/>.
/// </summary>
public class NearLocatorEventTests
{
    private static List<string?> Places(string text) => LocationFixture.Code(text).Select(e => e.Location?.Id).ToList();

    [Fact]
    public void ClashesInAVillageNearATown_AreOneEventAtTheVillage() =>
        Assert.Equal(["t:umm-jarad-idlib"], Places("Clashes broke out between rebels and troops in Umm Jarad near Ariha."));

    [Fact]
    public void ClashesInTheVicinityOfAVillageNearATown_AreOneEventAtTheVillage() =>
        Assert.Equal(["t:haddad-aleppo"], Places("IS fighters clashed with the SDF in the vicinity of Mazraat Haddad near Bir Salim."));

    [Fact]
    public void ClashesAroundAVillageEastOfACity_AreOneEventAtTheVillage() =>
        Assert.Equal(["t:kafr-sabbagh"], Places("Government troops fought rebels around Kafr Sabbagh, east of Damascus."));

    [Fact]
    public void ClashesInTwoPlacesJoinedByAnd_AreTwoEvents() =>
        Assert.Equal(["t:umm-jarad-idlib", "t:ariha"], Places("Clashes broke out between rebels and troops in Umm Jarad and Ariha."));

    [Fact]
    public void ShellingOfThreePlaces_IsThreeEvents() =>
        Assert.Equal(["t:umm-jarad-idlib", "t:zuhur", "t:tall-nasr"], Places("Government artillery shelled Umm Jarad, Zuhur and Tall Nasr on Sunday."));

    [Fact]
    public void ClashesInAVillageOfATownsCountryside_AreOneEventAtTheVillage() =>
        Assert.Equal(["t:haddad-aleppo"], Places("Clashes broke out between rebels and troops in Mazraat Haddad in the countryside of Bir Salim."));

    [Fact]
    public void ClashesInTheVicinityOfAVillageCloseToATown_AreOneEventAtTheVillage() =>
        Assert.Equal(["t:umm-jarad-idlib"], Places("Rebels clashed with troops in the vicinity of Umm Jarad, a village close to the town of Ariha."));

    [Fact]
    public void ClashesNearATownAlone_AreAnEventNearTheTown() =>
        Assert.Equal(["t:ariha"], Places("Clashes broke out between rebels and troops near Ariha on Friday."));
}
