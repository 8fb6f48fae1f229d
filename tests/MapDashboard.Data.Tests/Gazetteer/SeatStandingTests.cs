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

    /// <summary>Two articles of our own corpus generator (`./mapdash corpus --articles 2000 --seed 7`, articles 762 and 899).</summary>
    private const string AnnabahReport = """
Free Syrian Army claims gains in Deir ez-Zor province

Test Desk Daily, July 1, 2013

Syrian Arab Army said on 29 June that its units had regained full control of `Annabah, according to activists in the area.

Syrian Arab Army repelled an attack by Free Syrian Army on its positions in `Annabah on Wednesday, according to people who fled the area. Syrian Air Force carried out air strikes on Free Syrian Army positions near `Annabah on 28 June, local journalists said. Fighters of Free Syrian Army fought Syrian Air Force for several hours near `Annabah on 1 July, a local activist said.

Warplanes of Syrian Air Force struck `Annabah on Monday, killing 39 people, a resident told reporters by phone. An air raid by Syrian Air Force destroyed a bakery in `Annabah on Monday; 23 people were killed.

20 members of Hayat Tahrir al-Sham were killed as Syrian Arab Army stormed their positions in `Annabah on 29 June, according to a local council. Fighting between Syrian Arab Army and Hayat Tahrir al-Sham around `Annabah went on until late on 30 June, according to activists in the area.

The road between `Annabah and Girmoz remains the main supply line for the area. Gunmen of Hayat Tahrir al-Sham attacked civilians in `Annabah on 30 June, killing 31 of them, according to a local council. Syrian Arab Army executed 20 civilians in `Annabah on Friday, according to residents.

Syrian Arab Army clashed with Islamic State in `Annabah on Wednesday, leaving 5 fighters dead. Residents said they feared more strikes in the coming days.
""";

    private const string AziziyahReport = """
Front lines shift in Homs province after days of fighting

Test Desk Daily, March 9, 2022

Fighting between Syrian Democratic Forces and Turkish Armed Forces around Al `Aziziyah went on until late on Monday.

Rocket fire from Turkish Armed Forces hit residential buildings in Al `Aziziyah on Saturday. 34 members of Syrian Democratic Forces were killed as Turkish Armed Forces stormed their positions in Al `Aziziyah on Saturday.

Government troops retook the village of Al `Aziziyah on 7 March, pushing Turkish Armed Forces back towards Eliyeh.

Artillery of Turkish Armed Forces pounded positions held by Syrian Democratic Forces in Al `Aziziyah on Saturday. Local councils in Homs province have asked for help to repair damaged schools.

Humanitarian groups say thousands of families have fled Homs province this month.

Fighters of Hayat Tahrir al-Sham fought Syrian Arab Army for several hours near Al `Aziziyah on Monday, a local activist said, a resident told reporters by phone.

Syrian Arab Army repelled an attack by Hayat Tahrir al-Sham on its positions in Al `Aziziyah on 6 March.

Syrian Arab Army bombarded the outskirts of Al `Aziziyah with heavy artillery on 6 March, damaging a water station. Power and water have been cut in parts of Al `Aziziyah for more than a week.
""";

    [Theory]
    [InlineData(AnnabahReport, "Annabah")]
    [InlineData(AziziyahReport, "Al `Aziziyah")]
    public async Task ASeatAbroad_HasNoStandingOverTheReportsOwnRegion(string text, string name)
    {
        // A province seat in Algeria ("Annaba") and a district seat in Iraq share the names of Syrian villages: neither is a
        // reading of a Syrian report's village (before the country guard the first drew a point 2,875 km off).
        var place = await FirstAsync(text, name);

        Assert.True(place is null || place.CountryCode == "SY", $"{name} read as {place?.Name} ({place?.CountryCode})");
    }

    private static async Task<MapDashboard.Core.Gazetteer.Place?> FirstAsync(string sentence, string name)
    {
        var layout = RepositoryLayout.Discover() ?? throw new InvalidOperationException("The tests must run inside the MapDashboard checkout.");
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(layout);
        await using var services = await MapDashboardServices.CreateAsync(o => o.GazetteerPath = gazetteer);
        var parsed = services.GetRequiredService<Geoparser>().Parse(new ArticleInput("seat.txt", sentence, ArticleFormat.PlainText));
        return parsed.Places.First(p => p.Mention.Text == name).Place;
    }
}
