using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Tests.Gazetteer;

public class RegionalCandidateOrderTests
{
    private static readonly string[] Region = ["SY", "TR", "IQ", "JO", "LB"];

    private static GeoCandidate Candidate(string id, double lat, double lon, string country, long population = 0) =>
        new(new Place(id, id, lat, lon, "P", "PPL", country, null, null, population, "test"), MatchKind.Exact, 1.0, id);

    [Fact]
    public void VillageNearTheArticlesTown_ComesBeforeACityFarAway()
    {
        // The gazetteer ranks the large foreign city first; the article is about a town whose village lies 10 km away.
        var candidates = new[]
        {
            Candidate("far-city", 35.7, -0.6, "DZ", 600_000),
            Candidate("other-country-town", 40.6, 46.9, "AZ", 6_000),
            Candidate("neighbour-village", 37.4, 40.7, "TR", 1_000),
            Candidate("village-near-the-town", 36.28, 37.48, "SY"),
        };

        var ordered = RegionalCandidateOrder.Order(candidates, [(36.37, 37.52)], Region);

        Assert.Equal(["village-near-the-town", "neighbour-village", "far-city", "other-country-town"], ordered.Select(c => c.Place.Id));
    }

    [Fact]
    public void SeveralNearby_NearestFirst_AndWithoutArticlePlacesTheRegionStillLeads()
    {
        var candidates = new[] { Candidate("30km", 36.64, 37.52, "SY"), Candidate("5km", 36.415, 37.52, "SY"), Candidate("world", 10, 10, "NG") };

        Assert.Equal(["5km", "30km", "world"], RegionalCandidateOrder.Order(candidates, [(36.37, 37.52)], Region).Select(c => c.Place.Id));
        Assert.Equal(["30km", "5km", "world"], RegionalCandidateOrder.Order(candidates, [], Region).Select(c => c.Place.Id));
    }
}
