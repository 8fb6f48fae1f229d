using MapDashboard.Core.Articles;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Pipeline;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// Session 19: a time word opening a sentence ("Hours later, ...") is not a place, even where some gazetteer lists it
/// as a name (the bundled one has a Turkish locality with the alternate name "Hours").
/// </summary>
public class TimeWordTests
{
    private static Place P(string id, string name, string country) => new(id, name, 37.5, 42.4, "P", "PPL", country, null, null, 0, "test");

    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build([
        ("Hours", P("t:hours", "Hours", "TR")), ("Weeks", P("t:weeks", "Weeks", "TR")), ("Moments", P("t:moments", "Moments", "TR")),
        ("Saraqib", new Place("t:saraqib", "Saraqib", 35.86, 36.80, "P", "PPL", "SY", "Idlib", null, 30_000, "test")),
    ]));

    [Theory]
    [InlineData("The army advanced on Saraqib. Hours later, the army took control of it.")]
    [InlineData("The army advanced on Saraqib. Weeks later, the troops withdrew.")]
    [InlineData("Moments later, a second blast hit Saraqib.")]
    public void ATimeWordOpeningASentence_IsNoPlaceMention(string text)
    {
        var places = Parser.Parse(new ArticleInput("t.txt", text, ArticleFormat.PlainText)).Places;

        Assert.DoesNotContain(places, p => p.Mention.Text is "Hours" or "Weeks" or "Moments");
        Assert.Contains(places, p => p.Place?.Id == "t:saraqib");
    }
}
