using MapDashboard.Core.Articles;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Pipeline;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// Session 29 (location): "Jubb X" (well, cistern; written Jeb, Jib, Djoub) is one name, as "Tall X" and "Rasm X" are:
/// when the gazetteer lacks it, the village X elsewhere is not the place meant. A "Jubb X" the gazetteer holds is found
/// whichever way the text spells the word. Invented places, sentences composed for these tests.
/// </summary>
public class JubbHeadTests
{
    private static Place Village(string id, string name, double lat, double lon, string admin1) =>
        new(id, name, lat, lon, "P", "PPL", "SY", admin1, null, 0, "ocha");

    private static readonly Place Qarmal = Village("t:qarmal", "Qarmal", 36.70, 40.80, "Al-Hasakah");
    private static readonly Place JubbNasr = Village("t:jubb-nasr", "Jubb Nasr", 35.40, 37.60, "Hama");

    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build(
    [
        ("Qarmal", Qarmal), ("Jubb Nasr", JubbNasr),
    ]));

    private static IReadOnlyList<ResolvedPlace> Places(string text) =>
        Parser.Parse(new ArticleInput("composed.txt", text, ArticleFormat.PlainText)).Places;

    [Theory]
    [InlineData("Gunmen killed a farmer in Jeb Qarmal on Friday.")]
    [InlineData("Jets hit Jeb Qarmal and the road beside it.")]
    [InlineData("Warplanes bombed Jib Qarmal at dawn.")]
    [InlineData("Shepherds fled Djoub Qarmal after the shelling.")]
    public void JubbHeadBeforeAKnownVillage_IsNotTheVillage(string sentence) =>
        Assert.DoesNotContain(Places(sentence), p => p.Place?.Id == Qarmal.Id);

    [Theory]
    [InlineData("Tribal fighters stormed Qarmal in the Hasakah countryside.", "t:qarmal")]
    [InlineData("Rebels took Jeb Nasr on Monday.", "t:jubb-nasr")]
    [InlineData("Rebels took Jib Nasr on Monday.", "t:jubb-nasr")]
    public void VillageAloneOrAKnownJubbName_IsRead(string sentence, string id) =>
        Assert.Contains(Places(sentence), p => p.Place?.Id == id);
}
