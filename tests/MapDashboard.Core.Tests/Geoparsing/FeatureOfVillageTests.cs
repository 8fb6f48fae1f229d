using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>The feature phrase around a village read alone: a feature word right after it, a capitalised hill word right before it.</summary>
public class FeatureOfVillageTests
{
    [Theory]
    [InlineData("Troops shelled Kafr Hamra Farms at dawn.", "Kafr Hamra", "Kafr Hamra Farms")]
    [InlineData("Clashes near the Maarzita hills went on.", "Maarzita", "Maarzita hills")]
    [InlineData("An attack on Mhambal Junction.", "Mhambal", "Mhambal Junction")]
    [InlineData("Rebels reached Tal Sarmin Hill.", "Sarmin", "Tal Sarmin Hill")]
    [InlineData("Rebels reached Tall Sarmin.", "Sarmin", "Tall Sarmin")]
    public void FeatureWordBesideTheVillage_GivesThePhrase(string text, string village, string phrase)
    {
        var start = text.IndexOf(village, StringComparison.Ordinal);
        var span = FeatureOfVillage.FeatureSpan(text, start, start + village.Length, GeoparsingWords.Default);
        Assert.NotNull(span);
        Assert.Equal(phrase, text[span.Value.Start..span.Value.End]);
        Assert.False(span.Value.Airport);
    }

    [Theory]
    [InlineData("Rebels took Maarzita, hills to its west and a checkpoint.", "Maarzita")]
    [InlineData("Rebels took Maarzita. Hills to its west fell later.", "Maarzita")]
    [InlineData("Rebels took Maarzita and hills to its west.", "Maarzita")]
    [InlineData("Rebels took Maarzita Hillside.", "Maarzita")]
    [InlineData("Troops told tall Maarzita stories.", "Maarzita")]
    [InlineData("Troops took Maarzita.", "Maarzita")]
    public void NoFeatureWordBesideTheVillage_GivesNothing(string text, string village)
    {
        var start = text.IndexOf(village, StringComparison.Ordinal);
        Assert.Null(FeatureOfVillage.FeatureSpan(text, start, start + village.Length, GeoparsingWords.Default));
    }

    [Fact]
    public void AirportWord_IsMarked()
    {
        const string text = "Rebels shelled Hama airport.";
        var span = FeatureOfVillage.FeatureSpan(text, 15, 19, GeoparsingWords.Default);
        Assert.NotNull(span);
        Assert.True(span.Value.Airport);
    }

    private static readonly Place Village = new("t:1", "Kafr Hamra", 36.25, 37.08, "P", "PPL", "SY", "Aleppo", null, 0, "test");
    private static readonly Place City = new("t:2", "Hama", 35.13, 36.75, "P", "PPLA", "SY", "Hama", null, 0, "test");
    private static readonly Place Capital = new("t:3", "Damascus", 33.51, 36.29, "P", "PPLC", "SY", "Damascus", null, 0, "test");
    private static readonly Place Dam = new("t:4", "Kafr Hamra Dam", 36.26, 37.09, "H", "DAM", "SY", "Aleppo", null, 0, "test");

    [Fact]
    public void VillageReadOutOfAFeature_IsDrawnNearIt_AndTheFeatureWordIsNoPlaceOfItsOwn()
    {
        const string text = "Rebels shelled Kafr Hamra Farms and Dam.";
        var places = new[] { At(text, "Kafr Hamra", Village), At(text, "Dam", Capital) };
        var result = FeatureOfVillage.TakeInFeatureWords(text, places, new Source([]), GeoparsingWords.Default);
        var feature = Assert.Single(result, p => p.Anchor is not null);
        Assert.Equal("Kafr Hamra Farms", feature.Mention.Text);
        Assert.Equal("Kafr Hamra Farms", feature.OriginalText);
        Assert.Null(feature.Place);
        Assert.Equal(2, feature.Precision);
        Assert.Same(Village, feature.Anchor);
        Assert.Equal(2, result.Count); // "Dam" after "and" is no feature word of the village: kept
    }

    [Fact]
    public void FeatureWordReadAsAPlace_IsTakenIntoTheFeature()
    {
        const string text = "Rebels shelled Kafr Hamra Dam at dawn.";
        var places = new[] { At(text, "Kafr Hamra", Village), At(text, "Dam", Capital) };
        var result = FeatureOfVillage.TakeInFeatureWords(text, places, new Source([]), GeoparsingWords.Default);
        Assert.Equal("Kafr Hamra Dam", Assert.Single(result).Mention.Text);
    }

    [Fact]
    public void FeatureTheGazetteerHoldsWhole_IsKept()
    {
        const string text = "Rebels shelled Kafr Hamra Dam at dawn.";
        var places = new[] { At(text, "Kafr Hamra", Village) };
        var result = FeatureOfVillage.TakeInFeatureWords(text, places, new Source([Dam]), GeoparsingWords.Default);
        Assert.Same(Village, Assert.Single(result).Place);
        Assert.Equal(1, result[0].Precision);
    }

    [Fact]
    public void Airport_IsKept()
    {
        const string text = "Rebels shelled Hama airport.";
        var places = new[] { At(text, "Hama", City) };
        var result = FeatureOfVillage.TakeInFeatureWords(text, places, new Source([]), GeoparsingWords.Default);
        Assert.Same(City, Assert.Single(result).Place);
    }

    private static ResolvedPlace At(string text, string name, Place place)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        var mention = new PlaceMention(name, start, start + name.Length, MentionCue.None, null, true, 0, text.Length);
        return new ResolvedPlace(mention, start, start + name.Length, name, place, 1, 1.0, "test", null, 1);
    }

    private sealed class Source(IReadOnlyList<Place> held) : ICandidateSource
    {
        public IReadOnlyList<GeoCandidate> Candidates(PlaceMention mention) =>
            held.Where(p => p.Name == mention.Text).Select(p => new GeoCandidate(p, MatchKind.Exact, 1, p.Name)).ToList();
    }
}
