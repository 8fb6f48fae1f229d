using MapDashboard.Core.Articles;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Data.Composition;
using MapDashboard.Data.Gazetteer;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Data.Tests.Gazetteer;

/// <summary>
/// Issue 22 (location), session 28 (PlaceRanker.SeatStanding), over the real bundled gazetteer: a bare city name beside
/// another city keeps its seat reading, though a small namesake of it lies near the other city; a namesake beside a
/// village or sub-district seat near it is still read by that nearness.
/// </summary>
[Collection(BundledGazetteerCollection.Name)]
public class SeatStandingTests
{
    [Theory]
    [InlineData("Artillery pounded Hama and Aleppo through the night.", "Hama", "ocha:C2987")]
    [InlineData("Protesters marched in Suwayda and Homs.", "Suwayda", "ocha:C6147")]
    [InlineData("Militiamen raided Jableh and Manbij at dawn.", "Jableh", "ocha:C3585")]
    public async Task CityBesideAnotherCity_IsTheCity(string sentence, string name, string cityId) =>
        Assert.Equal(cityId, (await FirstAsync(sentence, name))?.Id);

    [Fact]
    public async Task NamesakeBesideNearbyVillages_IsTheVillage() =>
        Assert.Equal("Aleppo", (await FirstAsync("Airstrikes hit Hamah, Hadher and Khan Tuman.", "Hamah"))?.Admin1);

    private static async Task<MapDashboard.Core.Gazetteer.Place?> FirstAsync(string sentence, string name)
    {
        var layout = RepositoryLayout.Discover() ?? throw new InvalidOperationException("The tests must run inside the MapDashboard checkout.");
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(layout);
        await using var services = await MapDashboardServices.CreateAsync(o => o.GazetteerPath = gazetteer);
        var parsed = services.GetRequiredService<Geoparser>().Parse(new ArticleInput("seat.txt", sentence, ArticleFormat.PlainText));
        return parsed.Places.First(p => p.Mention.Text == name).Place;
    }
}
