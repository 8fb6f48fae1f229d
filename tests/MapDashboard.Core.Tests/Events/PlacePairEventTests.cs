namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 22 (issue 22, location): ground named by the two places it lies between ("the area between A and B") is one
/// event near A; a road a verb acts on ("cut the A-B road", "the road linking A and B") and a place an advance heads for
/// ("towards B") are no places of the event when the sentence names another; "B's A" is at A; a district named by its
/// seat is finer than a mountain range named with it. Sentences written for
/// these tests, over the invented places of <see cref="LocationFixture"/>.
/// </summary>
public class PlacePairEventTests
{
    private static List<(string? Id, int Precision)> Events(string text) =>
        LocationFixture.Code(text).Select(e => (e.Location?.Id, e.Precision)).ToList();

    [Fact]
    public void ClashesInTheAreaBetweenTwoTowns_AreOneEventNearTheFirst() =>
        Assert.Equal([("t:zuhur", 2)], Events("Rebels and troops clashed in the area between Zuhur and Bir Salim on Tuesday."));

    [Fact]
    public void ClashesBetweenThreePlaces_AreOneEventNearTheFirst() =>
        Assert.Equal([("t:ariha", 2)], Events("Fighting raged in the countryside between Ariha, Umm Jarad and Idlib city."));

    [Fact]
    public void GroundBetweenAnUnknownPlaceAndAKnownOne_IsNearTheKnownOne() =>
        Assert.Equal([("t:bir-salim", 2)], Events("Jets struck positions in the area between Khirbat Zalum and Bir Salim."));

    [Fact]
    public void CapturingTheAreaBetweenTwoPlaces_DoesNotFlipTheFirst()
    {
        var e = Assert.Single(LocationFixture.Code("Rebels captured the area between Umm Jarad and Ariha from government forces."));
        Assert.Equal(("t:umm-jarad-idlib", 2), (e.Location?.Id, e.Precision));
        Assert.Null(e.ControlChange);
    }

    [Fact]
    public void ACaptureFollowedByCuttingADashedRoad_IsAtThePlaceTaken() =>
        Assert.Equal("t:khirbat-suwan", Events("IS seized Khirbat Suwan and cut the Al-Bab-Bir Salim road.")[0].Id);

    [Fact]
    public void TakingAPronounThenCuttingARoad_IsAtThePlaceNamedBeforeTheVerb() =>
        Assert.Equal("t:umm-jarad-idlib", Events("Rebels advanced into Umm Jarad and took control of it, then cut the Ariha-Idlib road.")[0].Id);

    [Fact]
    public void ReachingTheRoadLinkingTwoTowns_IsAtThePlaceTaken() =>
        Assert.Equal("t:tall-nasr", Events("Troops recaptured Tall Nasr and reached the road linking Raqqa and Hama.")[0].Id);

    [Fact]
    public void AnAdvanceTowardsATown_IsAtThePlaceTaken() =>
        Assert.Equal([("t:zuhur", 1)], Events("The army captured Zuhur and pressed on towards Aleppo."));

    [Fact]
    public void ClashesOnADashedRoad_StayNearItsFirstEnd() =>
        Assert.Equal([("t:bir-salim", 2)], Events("Gunmen attacked a patrol on the Bir Salim-Zuhur road."));

    [Fact]
    public void AVillageInATownsPossessive_IsTheEventsPlace() =>
        Assert.Equal("t:haddad-aleppo", Events("Warplanes struck Bir Salim's Mazraat Haddad neighbourhood.")[0].Id);

    [Fact]
    public void AVillageInAGovernoratesPossessive_IsTheEventsPlace() =>
        Assert.Equal("t:kafr-sabbagh", Events("Unknown gunmen killed a teacher in Rif Dimashq's Kafr Sabbagh.")[0].Id);

    [Fact]
    public void AVillageInADistrictsPossessiveArea_IsTheEventsPlace() =>
        Assert.Equal("t:umm-dabs-ariha", Events("Fighting flared in the Ariha district's southern Umm Dabs area.")[0].Id);

    [Fact]
    public void AMountainRangeInADistrict_IsNearTheDistrictSeat() =>
        Assert.Equal([("t:bir-salim", 2)], Events("IS fighters attacked troops in the Jabal Akhdar hills of the Bir Salim district."));

    [Fact]
    public void AMountainRangeNamedAlone_StaysTheRegion() =>
        Assert.Equal([("t:jabal-zawr", 3)], Events("IS fighters attacked troops in the Jabal Zawr mountains."));
}
